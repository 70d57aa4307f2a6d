package dev.modelgate.prometheus;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Waits for something that another process makes true (a scrape, a ready server) by asking again
 * and again until a deadline: no fixed sleeps, no clock to inject, just a monotonic deadline and a
 * short pause between probes so the probing does not crowd the two cores.
 */
final class Poll {

  private static final long PAUSE_NANOS = Duration.ofMillis(50).toNanos();

  private Poll() {}

  /**
   * The first value {@code probe} gives within {@code timeout}.
   *
   * @throws AssertionError naming {@code what} when the deadline passes
   */
  static <T> T until(Duration timeout, String what, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("gave up after " + timeout.toMillis() + " ms waiting for " + what);
      }
      LockSupport.parkNanos(PAUSE_NANOS);
    }
  }
}
