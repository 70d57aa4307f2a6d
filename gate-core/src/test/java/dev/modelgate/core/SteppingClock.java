package dev.modelgate.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock that starts at a given instant and moves on by a fixed step at every reading. Not thread-safe. */
final class SteppingClock extends Clock {

  private Instant next;
  private final Duration step;

  SteppingClock(Instant start, Duration step) {
    this.next = start;
    this.step = step;
  }

  @Override
  public Instant instant() {
    Instant now = next;
    next = next.plus(step);
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a stepping clock stays in UTC");
  }
}
