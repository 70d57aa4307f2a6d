package dev.modelgate.cli.internal;

import dev.modelgate.core.canary.CanaryWaiter;
import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Duration;
import java.util.Objects;

/**
 * Canary metrics read a little after each window ends: Prometheus only has a window's last samples
 * once it has scraped them, up to one scrape interval after the window's end, so each window is
 * read {@code lag} after its end. The next window is not delayed: it starts where this one ended.
 * An interrupt while waiting makes the window missing ({@link MissingKind#SOURCE_ERROR}) and
 * keeps the thread's interrupt flag, so that the analysis rolls back. Thread-safe.
 */
public final class ScrapeLag implements CanaryMetrics {

  private final CanaryMetrics source;
  private final Duration lag;
  private final CanaryWaiter waiter;

  /** Reads {@code source} {@code lag} after each window's end, waiting with {@code waiter}. */
  public ScrapeLag(CanaryMetrics source, Duration lag, CanaryWaiter waiter) {
    this.source = Objects.requireNonNull(source, "source");
    this.lag = Objects.requireNonNull(lag, "lag");
    this.waiter = Objects.requireNonNull(waiter, "waiter");
  }

  /** The source's name. */
  @Override
  public String name() {
    return source.name();
  }

  @Override
  public WindowObservation observe(Window window) {
    try {
      waiter.waitUntil(window.end().plus(lag));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new WindowObservation.Missing(window, MissingKind.SOURCE_ERROR,
          "interrupted while waiting " + lag.toSeconds() + " s for the window's last scrape");
    }
    return source.observe(window);
  }
}
