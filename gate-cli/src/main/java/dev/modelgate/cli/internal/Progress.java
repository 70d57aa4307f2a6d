package dev.modelgate.cli.internal;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;

/**
 * Shows how far the reading of a large file has come, on stderr, when stderr is a terminal: {@code
 * reading predictions.csv: 1,234,567 rows, 45%}, redrawn in place at most four times a second and
 * only once the work takes longer than half a second. Quiet when stderr is not a terminal or {@code
 * --quiet} was given, so logs and captured output stay clean.
 *
 * <p>Not thread-safe.
 */
public abstract class Progress {

  private static final Progress NONE =
      new Progress() {
        @Override
        public void update(long rows, long bytes) {}

        @Override
        public void finish(long rows, long bytes) {}
      };

  Progress() {}

  /** Progress that shows nothing. */
  public static Progress none() {
    return NONE;
  }

  /**
   * Progress of reading {@code file} of {@code size} bytes: shown on {@code context}'s stderr when
   * it is a terminal and {@code quiet} is false, nothing otherwise.
   */
  public static Progress of(CliContext context, boolean quiet, String file, long size) {
    if (quiet || !context.terminal()) {
      return NONE;
    }
    return new Terminal(context.err(), context.clock(), file, size);
  }

  /** Reports that {@code rows} rows, {@code bytes} bytes, were read so far. */
  public abstract void update(long rows, long bytes);

  /** Reports the end of the work. */
  public abstract void finish(long rows, long bytes);

  /** Redraws one line on a terminal. */
  static final class Terminal extends Progress {

    private static final long FIRST_MILLIS = 500;
    private static final long EVERY_MILLIS = 250;

    private final PrintWriter err;
    private final Clock clock;
    private final String file;
    private final long size;
    private final long started;
    private long shown = -1;

    Terminal(PrintWriter err, Clock clock, String file, long size) {
      this.err = err;
      this.clock = clock;
      this.file = file;
      this.size = size;
      this.started = clock.millis();
    }

    @Override
    public void update(long rows, long bytes) {
      long now = clock.millis();
      if (now - started < FIRST_MILLIS || (shown >= 0 && now - shown < EVERY_MILLIS)) {
        return;
      }
      shown = now;
      draw(rows, bytes);
    }

    @Override
    public void finish(long rows, long bytes) {
      if (shown >= 0) {
        draw(rows, bytes);
        err.print('\n');
        err.flush();
      }
    }

    private void draw(long rows, long bytes) {
      String percent = size > 0 ? ", " + Math.min(100, bytes * 100 / size) + "%" : "";
      err.print(String.format(Locale.ROOT, "\rreading %s: %,d rows%s", file, rows, percent));
      err.flush();
    }
  }
}
