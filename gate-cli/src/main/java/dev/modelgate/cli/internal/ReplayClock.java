package dev.modelgate.cli.internal;

import dev.modelgate.core.canary.CanaryWaiter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time of a replayed canary run: it starts at the recording's first window and moves only when
 * the analysis waits, straight to the instant it waits for. The recorded windows are in the past,
 * so nothing sleeps, and the run's windows, transitions and actions carry the recording's times.
 *
 * <p>A traffic router's confirmation reads and rollback retries wait through the same {@link
 * #waiter()}, so with a router they follow each other without a pause. Thread-safe.
 */
public final class ReplayClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** A clock at {@code start}, in UTC. */
  public ReplayClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private ReplayClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A waiter that moves this clock to the instant waited for, at once; never backwards. */
  public CanaryWaiter waiter() {
    return instant ->
        now.accumulateAndGet(instant, (current, next) -> next.isAfter(current) ? next : current);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new ReplayClock(now, other);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
