package dev.modelgate.core.canary;

import java.time.Instant;
import java.util.Objects;

/**
 * One traffic action of a canary run, and whether the router confirmed that it took effect.
 * Immutable and thread-safe.
 *
 * @param kind set a share, promote, or roll back
 * @param canaryPercent the canary's share the action aims at: the step's share, 100 or 0
 * @param status confirmed, unconfirmed, failed, or skipped in a dry run
 * @param attempts how many times the action was requested (rollbacks are retried)
 * @param at when the action finished, from the run's clock
 * @param detail what the router reported, such as the last split read or the exception
 */
public record RouterAction(
    Kind kind, int canaryPercent, Status status, int attempts, Instant at, String detail) {

  /** Checks for nulls. */
  public RouterAction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(detail, "detail");
  }

  /** Whether the router confirmed the split, or the action was skipped in a dry run. */
  public boolean succeeded() {
    return status == Status.CONFIRMED || status == Status.SKIPPED_DRY_RUN;
  }

  /** What a traffic action does. */
  public enum Kind {
    /** {@link dev.modelgate.core.spi.TrafficRouter#setCanaryShare(int)}. */
    SET_SHARE,
    /** {@link dev.modelgate.core.spi.TrafficRouter#promoteCanary()}. */
    PROMOTE,
    /** {@link dev.modelgate.core.spi.TrafficRouter#rollback()}. */
    ROLLBACK
  }

  /** How a traffic action ended. */
  public enum Status {
    /** The router reported the aimed-at split as ready. */
    CONFIRMED,
    /** The router accepted the action, but never reported the split as ready. */
    UNCONFIRMED,
    /** The router threw on every attempt. */
    FAILED,
    /** A dry run: the router was not called. */
    SKIPPED_DRY_RUN
  }
}
