package dev.modelgate.core.canary;

/** What a canary run decided. A dry run decides the same, and says "would have". */
public enum CanaryDecision {
  /** The canary passed every step: it serves all traffic and becomes the champion. */
  PROMOTE,
  /** The canary failed, ran out of conclusive data, or an action failed: the champion keeps serving. */
  ROLLBACK,
  /**
   * The run reached its inconclusive limit under {@link InconclusiveAction#HOLD}: the split stays as
   * it is for a person to decide. Never a promotion.
   */
  HOLD
}
