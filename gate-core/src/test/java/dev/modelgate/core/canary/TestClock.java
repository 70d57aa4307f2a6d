package dev.modelgate.core.canary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A test clock that stands still until moved, and the waiter that moves it: waiting until an
 * instant sets the clock there at once, so no test sleeps. Not thread-safe.
 */
final class TestClock extends Clock {

  static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

  private Instant now;

  TestClock() {
    this(START);
  }

  TestClock(Instant start) {
    this.now = start;
  }

  /** A waiter that moves this clock to the instant waited for, never back. */
  CanaryWaiter waiter() {
    return instant -> {
      if (instant.isAfter(now)) {
        now = instant;
      }
    };
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a test clock stays in UTC");
  }
}
