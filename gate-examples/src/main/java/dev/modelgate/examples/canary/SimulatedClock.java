package dev.modelgate.examples.canary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local canary's clock: simulated time that stands still until the load generator moves it,
 * one fixed step per request, so a one-minute analysis window closes after a minute's worth of
 * requests rather than after a minute. The recorder, the canary analysis and the timeline all read
 * it. In UTC. Thread-safe: the load generator moves it while the router's thread reads it.
 */
final class SimulatedClock extends Clock {

  private final AtomicReference<Instant> now;

  /** A clock that reads {@code start} until moved. */
  SimulatedClock(Instant start) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
  }

  /**
   * Moves the clock forward by {@code step}.
   *
   * @throws IllegalArgumentException if the step is negative: simulated time never goes back
   */
  void advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("step = " + step + " is negative: the clock never goes back");
    }
    now.updateAndGet(t -> t.plus(step));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the simulated clock stays in UTC");
  }
}
