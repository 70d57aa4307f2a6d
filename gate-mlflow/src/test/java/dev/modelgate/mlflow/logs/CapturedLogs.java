package dev.modelgate.mlflow.logs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every log line of the test JVM at every level, as the {@link CapturingProvider} renders it:
 * {@code LEVEL logger message key=value … | exception messages}.
 */
public final class CapturedLogs {

  private static final List<String> LINES = new CopyOnWriteArrayList<>();

  private CapturedLogs() {}

  static void add(String line) {
    LINES.add(line);
  }

  /** Forgets the lines so far. */
  public static void clear() {
    LINES.clear();
  }

  /** The lines since the last {@link #clear()}. */
  public static List<String> lines() {
    return List.copyOf(LINES);
  }
}
