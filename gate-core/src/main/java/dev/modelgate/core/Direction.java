package dev.modelgate.core;

/** Which way a metric improves. */
public enum Direction {
  /** Larger values are better: F1, accuracy, net benefit. */
  HIGHER_IS_BETTER,
  /** Smaller values are better: error rate, latency, cost. */
  LOWER_IS_BETTER;

  /**
   * Whether {@code candidate} is strictly better than {@code reference} in this direction.
   * Example (higher is better): 0.71 vs 0.70 is better; 0.70 vs 0.70 is not (a tie); 0.69 vs 0.70
   * is not.
   */
  public boolean isStrictlyBetter(java.math.BigDecimal candidate, java.math.BigDecimal reference) {
    int c = candidate.compareTo(reference);
    return this == HIGHER_IS_BETTER ? c > 0 : c < 0;
  }
}
