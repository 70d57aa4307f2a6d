package dev.modelgate.core.internal.canary;

import dev.modelgate.core.canary.CanaryRetry;
import dev.modelgate.core.canary.CanaryWaiter;
import dev.modelgate.core.canary.RouterAction;
import dev.modelgate.core.canary.RouterAction.Kind;
import dev.modelgate.core.canary.RouterAction.Status;
import dev.modelgate.core.internal.reason.CanaryRunReason;
import dev.modelgate.core.spi.TrafficRouter;
import dev.modelgate.core.spi.TrafficSplit;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The traffic actions of a canary run, each confirmed by reading the split back: set a share,
 * promote, roll back. A rollback is retried with backoff and keeps going when interrupted (it then
 * stops waiting, and the interrupt is reported by {@link #interrupted()}). In a dry run nothing
 * touches the router. Not thread-safe: one per run.
 */
final class TrafficActions {

  private final @Nullable TrafficRouter router;
  private final Clock clock;
  private final CanaryWaiter waiter;
  private final CanaryRetry retry;
  private final boolean dryRun;
  private boolean interrupted;

  TrafficActions(@Nullable TrafficRouter router, Clock clock, CanaryWaiter waiter, CanaryRetry retry, boolean dryRun) {
    this.router = router;
    this.clock = clock;
    this.waiter = waiter;
    this.retry = retry;
    this.dryRun = dryRun;
  }

  /** Sends {@code percent} of the traffic to the canary and confirms it. */
  RouterAction setShare(int percent) throws InterruptedException {
    return once(Kind.SET_SHARE, percent, r -> r.setCanaryShare(percent));
  }

  /** Promotes the canary to all traffic and confirms it. */
  RouterAction promote() throws InterruptedException {
    return once(Kind.PROMOTE, 100, TrafficRouter::promoteCanary);
  }

  /** Rolls back and confirms it, retrying with backoff; never throws, even when interrupted. */
  RouterAction rollback() {
    if (dryRun) {
      return skipped(Kind.ROLLBACK, 0);
    }
    TrafficRouter r = Objects.requireNonNull(router, "router");
    String detail = "";
    Status status = Status.FAILED;
    int attempt = 1;
    for (; ; attempt++) {
      try {
        r.rollback();
        Confirmation confirmation = confirm(r, 0, this::pauseQuietly);
        if (confirmation.confirmed) {
          return action(Kind.ROLLBACK, 0, Status.CONFIRMED, attempt, confirmation.detail);
        }
        status = Status.UNCONFIRMED;
        detail = CanaryRunReason.shareUnconfirmed(0, retry.confirmReads(), confirmation.detail);
      } catch (InterruptedException e) {
        throw new AssertionError("a quiet pause does not throw", e);
      } catch (RuntimeException e) {
        status = Status.FAILED;
        detail = CanaryRunReason.describe(e);
      }
      if (attempt >= retry.rollbackAttempts()) {
        return action(Kind.ROLLBACK, 0, status, attempt, detail);
      }
      pauseQuietly(retry.backoffAfter(attempt));
    }
  }

  /** Whether a wait during a rollback was interrupted; the caller restores the flag. */
  boolean interrupted() {
    return interrupted;
  }

  private interface RouterCall {
    void call(TrafficRouter router);
  }

  private interface Pause {
    void pause(Duration duration) throws InterruptedException;
  }

  private record Confirmation(boolean confirmed, String detail) {}

  private RouterAction once(Kind kind, int percent, RouterCall call) throws InterruptedException {
    if (dryRun) {
      return skipped(kind, percent);
    }
    TrafficRouter r = Objects.requireNonNull(router, "router");
    try {
      call.call(r);
    } catch (RuntimeException e) {
      return action(kind, percent, Status.FAILED, 1, CanaryRunReason.describe(e));
    }
    Confirmation confirmation = confirm(r, percent, this::pause);
    return action(kind, percent, confirmation.confirmed ? Status.CONFIRMED : Status.UNCONFIRMED, 1,
        confirmation.detail);
  }

  private Confirmation confirm(TrafficRouter r, int percent, Pause pause) throws InterruptedException {
    String detail = "";
    for (int read = 1; read <= retry.confirmReads(); read++) {
      if (read > 1) {
        pause.pause(retry.confirmDelay());
      }
      try {
        TrafficSplit split = r.observedSplit();
        detail = CanaryRunReason.lastSeen(split.canaryPercent(), split.ready());
        if (split.canaryPercent() == percent && split.ready()) {
          return new Confirmation(true, detail);
        }
      } catch (RuntimeException e) {
        detail = CanaryRunReason.readFailed(CanaryRunReason.describe(e));
      }
    }
    return new Confirmation(false, detail);
  }

  private void pause(Duration duration) throws InterruptedException {
    if (!duration.isZero()) {
      waiter.waitUntil(clock.instant().plus(duration));
    }
  }

  private void pauseQuietly(Duration duration) {
    if (interrupted || duration.isZero()) {
      return;
    }
    try {
      waiter.waitUntil(clock.instant().plus(duration));
    } catch (InterruptedException e) {
      interrupted = true;
    }
  }

  private RouterAction skipped(Kind kind, int percent) {
    return action(kind, percent, Status.SKIPPED_DRY_RUN, 0, CanaryRunReason.dryRun());
  }

  private RouterAction action(Kind kind, int percent, Status status, int attempts, String detail) {
    return new RouterAction(kind, percent, status, attempts, clock.instant(), detail);
  }
}
