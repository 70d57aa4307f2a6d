package dev.modelgate.core.canary;

/**
 * What a canary run does when it reaches its limit of inconclusive windows (windows without enough
 * data to judge); the policy declares one. Neither promotes: missing data is never a pass.
 */
public enum InconclusiveAction {
  /** Send all traffic back to the champion: the candidate is not promoted. The default. */
  ROLLBACK,
  /**
   * Stop the analysis and leave the traffic split as it is, for a person to promote or roll back;
   * the verdict decides {@link CanaryDecision#HOLD}.
   */
  HOLD
}
