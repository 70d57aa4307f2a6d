package dev.modelgate.core.canary;

/**
 * The outcome of one canary window, or of one check in it: {@link #PASS}, {@link #FAIL} or {@link
 * #INCONCLUSIVE}. A window fails when any check fails, is inconclusive when no check fails but one
 * could not be judged (missing data, too few requests, NaN), and passes only when every check
 * passed. Missing data is never a pass.
 */
public enum WindowOutcome {
  /** Every check passed on enough data. */
  PASS,
  /** At least one check failed. */
  FAIL,
  /** No check failed, but the data did not suffice to judge the window. */
  INCONCLUSIVE
}
