package dev.modelgate.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock for tests that moves forward by a fixed step every time it is read, so every reading is
 * distinct and later than the one before. Thread-safe.
 *
 * <pre>{@code
 * SteppingClock clock = SteppingClock.startingAt(Instant.parse("2025-01-01T00:00:00Z"));
 * clock.instant();   // 2025-01-01T00:00:00Z
 * clock.instant();   // 2025-01-01T00:00:01Z
 * }</pre>
 */
public final class SteppingClock extends Clock {

  private final Instant start;
  private final Duration step;
  private final AtomicLong readings;

  private SteppingClock(Instant start, Duration step, AtomicLong readings) {
    this.start = start;
    this.step = step;
    this.readings = readings;
  }

  /** A clock whose first reading is {@code start}, then one second more per reading. */
  public static SteppingClock startingAt(Instant start) {
    return new SteppingClock(start, Duration.ofSeconds(1), new AtomicLong());
  }

  /** The next reading; each call returns one step more than the call before. */
  @Override
  public Instant instant() {
    return start.plus(step.multipliedBy(readings.getAndIncrement()));
  }

  /** How many times the clock has been read. */
  public long readings() {
    return readings.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** This clock: it always reads in UTC, whatever zone is asked for. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
