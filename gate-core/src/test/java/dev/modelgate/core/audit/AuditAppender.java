package dev.modelgate.core.audit;

import dev.modelgate.core.testing.JavaProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** A separate process for {@link AuditLogConcurrencyTest}: appends {@code count} entries. */
public final class AuditAppender {

  private AuditAppender() {}

  /** Arguments: the log file, the writer's name, how many entries to append. */
  public static void main(String[] args) throws IOException {
    AuditLog log = AuditLog.open(Path.of(args[0]), Clock.systemUTC());
    log.verify(); // loads every class before the race starts
    JavaProcess.awaitStart();
    int count = Integer.parseInt(args[2]);
    for (int i = 0; i < count; i++) {
      log.append("test", Map.of("writer", args[1], "i", i));
    }
  }
}
