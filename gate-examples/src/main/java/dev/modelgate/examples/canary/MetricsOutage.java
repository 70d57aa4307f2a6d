package dev.modelgate.examples.canary;

import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.util.Objects;

/**
 * A metrics source that breaks down: it passes the windows before {@code firstMissing} through to
 * the real source and answers every later one with {@link MissingKind#SOURCE_ERROR}, as a metrics
 * backend that became unreachable would. The canary analysis must never promote on it. Thread-safe
 * when the wrapped source is.
 */
final class MetricsOutage implements CanaryMetrics {

  private final CanaryMetrics source;
  private final int firstMissing;

  /**
   * An outage of {@code source} from window {@code firstMissing} (from 1) on.
   *
   * @throws IllegalArgumentException if {@code firstMissing} is below 1
   */
  MetricsOutage(CanaryMetrics source, int firstMissing) {
    this.source = Objects.requireNonNull(source, "source");
    if (firstMissing < 1) {
      throw new IllegalArgumentException("firstMissing = " + firstMissing + " must be at least 1");
    }
    this.firstMissing = firstMissing;
  }

  @Override
  public String name() {
    return source.name() + " (down from window " + firstMissing + ")";
  }

  @Override
  public WindowObservation observe(Window window) {
    if (window.index() < firstMissing) {
      return source.observe(window);
    }
    return new WindowObservation.Missing(window, MissingKind.SOURCE_ERROR,
        "the metrics source did not answer: connection refused (a simulated outage)");
  }
}
