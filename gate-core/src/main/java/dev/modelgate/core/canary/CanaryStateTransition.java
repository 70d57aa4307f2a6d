package dev.modelgate.core.canary;

/**
 * The table of legal moves between {@link CanaryState}s; a move not listed here is illegal.
 *
 * <pre>
 * PENDING → RUNNING          the first step's share is set and confirmed
 * PENDING → ROLLED_BACK      the first step could not be set, so the run rolled back
 * PENDING → ROLLBACK_FAILED  … and the rollback failed too
 * RUNNING → RUNNING          a step passed; the next step's share is set and confirmed
 * RUNNING → PROMOTED         the last step passed and the promotion was confirmed
 * RUNNING → ROLLED_BACK      failed windows, inconclusive windows, or a failed action
 * RUNNING → HELD             inconclusive windows, and the policy holds
 * RUNNING → ROLLBACK_FAILED  a rollback that could not be confirmed
 * </pre>
 */
public enum CanaryStateTransition {
  /** The first step starts. */
  PENDING_TO_RUNNING(CanaryState.PENDING, CanaryState.RUNNING),
  /** The first step could not start; rolled back. */
  PENDING_TO_ROLLED_BACK(CanaryState.PENDING, CanaryState.ROLLED_BACK),
  /** The first step could not start, and the rollback failed. */
  PENDING_TO_ROLLBACK_FAILED(CanaryState.PENDING, CanaryState.ROLLBACK_FAILED),
  /** The next step starts. */
  RUNNING_TO_RUNNING(CanaryState.RUNNING, CanaryState.RUNNING),
  /** The canary is promoted. */
  RUNNING_TO_PROMOTED(CanaryState.RUNNING, CanaryState.PROMOTED),
  /** The canary is rolled back. */
  RUNNING_TO_ROLLED_BACK(CanaryState.RUNNING, CanaryState.ROLLED_BACK),
  /** The run is held. */
  RUNNING_TO_HELD(CanaryState.RUNNING, CanaryState.HELD),
  /** The rollback failed. */
  RUNNING_TO_ROLLBACK_FAILED(CanaryState.RUNNING, CanaryState.ROLLBACK_FAILED);

  private final CanaryState from;
  private final CanaryState to;

  CanaryStateTransition(CanaryState from, CanaryState to) {
    this.from = from;
    this.to = to;
  }

  /** The state the move leaves. */
  public CanaryState from() {
    return from;
  }

  /** The state the move enters. */
  public CanaryState to() {
    return to;
  }

  /**
   * The legal move from {@code from} to {@code to}.
   *
   * @throws IllegalStateTransitionException if the table has no such move
   */
  public static CanaryStateTransition between(CanaryState from, CanaryState to) {
    for (CanaryStateTransition transition : values()) {
      if (transition.from == from && transition.to == to) {
        return transition;
      }
    }
    throw new IllegalStateTransitionException(from, to);
  }

  /** Whether the table has a move from {@code from} to {@code to}. */
  public static boolean isLegal(CanaryState from, CanaryState to) {
    for (CanaryStateTransition transition : values()) {
      if (transition.from == from && transition.to == to) {
        return true;
      }
    }
    return false;
  }
}
