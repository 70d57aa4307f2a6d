package dev.modelgate.core.canary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Waits until an instant: for a window to close, or between the retries of a traffic action. The
 * analysis never reads the time or sleeps itself, so tests inject a waiter that moves a test clock
 * instead of sleeping.
 *
 * <p>Implementations must return once {@code instant} has passed on the run's clock, and throw
 * {@link InterruptedException} when the thread is interrupted; the analysis then rolls back.
 */
@FunctionalInterface
public interface CanaryWaiter {

  /**
   * Returns once {@code instant} has passed; at once when it already has.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  void waitUntil(Instant instant) throws InterruptedException;

  /**
   * A waiter that sleeps until {@code clock} reads {@code instant} or later, in sleeps of at most
   * one second so that a clock adjustment is noticed. Thread-safe.
   */
  static CanaryWaiter sleeping(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return instant -> {
      Duration left = Duration.between(clock.instant(), instant);
      while (!left.isNegative() && !left.isZero()) {
        Thread.sleep(Math.max(1, Math.min(1_000, left.toMillis())));
        left = Duration.between(clock.instant(), instant);
      }
    };
  }
}
