package dev.modelgate.core.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock that starts at an instant and moves on by one second at every reading. Not thread-safe. */
public final class TickingClock extends Clock {

  private Instant next;

  /** A clock whose first reading is {@code start}. */
  public TickingClock(Instant start) {
    this.next = start;
  }

  @Override
  public Instant instant() {
    Instant now = next;
    next = next.plus(Duration.ofSeconds(1));
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a ticking clock stays in UTC");
  }
}
