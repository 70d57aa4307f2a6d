package dev.modelgate.core;

/**
 * What a {@link CheckResult} checked, and so what its {@code bound} means.
 */
public enum CheckKind {
  /** Layer 1, {@link Comparison#GREATER_THAN}; the bound is the threshold. */
  GREATER_THAN,
  /** Layer 1, {@link Comparison#AT_LEAST}; the bound is the threshold. */
  AT_LEAST,
  /** Layer 1, {@link Comparison#LESS_THAN}; the bound is the threshold. */
  LESS_THAN,
  /** Layer 1, {@link Comparison#AT_MOST}; the bound is the threshold. */
  AT_MOST,
  /** Layer 2, the candidate strictly better than the champion on the compared metric; no bound. */
  BETTER_THAN_CHAMPION,
  /** Layer 2, the improvement at least an absolute minimum; the bound is that minimum. */
  MIN_IMPROVEMENT,
  /** Layer 2, the improvement at least a fraction of |champion|; the bound is the fraction. */
  MIN_RELATIVE_IMPROVEMENT,
  /**
   * Layer 2, the lower bound of the paired confidence interval for the improvement strictly above
   * the bound: 0, or the largest minimum improvement when one is set.
   */
  CONFIDENT_IMPROVEMENT,
  /** Layer 2, a guard metric not worse than the champion's by more than the bound, the max drop. */
  GUARD;

  /** The kind of a registration check with {@code comparison}. */
  public static CheckKind of(Comparison comparison) {
    switch (comparison) {
      case GREATER_THAN:
        return GREATER_THAN;
      case AT_LEAST:
        return AT_LEAST;
      case LESS_THAN:
        return LESS_THAN;
      case AT_MOST:
        return AT_MOST;
      default:
        throw new AssertionError(comparison);
    }
  }
}
