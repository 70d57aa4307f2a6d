package dev.modelgate.cli.internal;

import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Canary metrics replayed from a recording: window {@code n} of the run is line {@code n} of the
 * recording, whatever its times, so a run whose traffic actions paused still reads the windows in
 * order. A window past the end of the recording is missing data ({@link
 * MissingKind#SOURCE_ERROR}), which never counts as a pass. Immutable and thread-safe.
 */
public final class RecordedMetrics implements CanaryMetrics {

  private final String file;
  private final List<WindowObservation> windows;

  /**
   * Metrics replaying {@code windows}, as {@link RecordingReader} read them from {@code file}.
   *
   * @throws IllegalArgumentException if there are no windows
   */
  public RecordedMetrics(String file, List<WindowObservation> windows) {
    this.file = Objects.requireNonNull(file, "file");
    this.windows = List.copyOf(windows);
    if (this.windows.isEmpty()) {
      throw new IllegalArgumentException(RecordingMessages.noWindows(file));
    }
  }

  /** When the first recorded window starts: where a replay's clock starts. */
  public Instant start() {
    return windows.get(0).window().start();
  }

  /** {@code recording:<file>}. */
  @Override
  public String name() {
    return "recording:" + file;
  }

  @Override
  public WindowObservation observe(Window window) {
    if (window.index() > windows.size()) {
      return new WindowObservation.Missing(
          window, MissingKind.SOURCE_ERROR, RecordingMessages.ended(file, windows.size()));
    }
    WindowObservation recorded = windows.get(window.index() - 1);
    if (recorded instanceof WindowObservation.Observed observed) {
      return new WindowObservation.Observed(window, observed.champion(), observed.canary());
    }
    WindowObservation.Missing missing = (WindowObservation.Missing) recorded;
    return new WindowObservation.Missing(window, missing.kind(), missing.detail());
  }
}
