package dev.modelgate.metrics;

/**
 * The F-beta score of one class from its counts, as scikit-learn 1.3 and later compute it:
 * (1 + β²)·tp / (β²·t + pp), with t the class's true rows and pp its predictions.
 *
 * <p>It is 0/0 only when t = pp = 0, and then the policy's value. scikit-learn 1.2 computes the
 * score from precision and recall after their own 0/0 substitution instead; for {@code
 * zero_division} 0 and 1 both give the same values (when t = pp = 0 precision and recall are both
 * the policy's value and so is their F; when only one is 0, tp is 0 and so is F), which the
 * scikit-learn fixtures confirm. Stateless and thread-safe.
 */
final class FBeta {

  private FBeta() {}

  /** The F-beta score; {@code beta} is a number > 0, possibly +∞ (recall). */
  static double of(
      double beta, double truePositives, double actual, double predicted, ZeroDivision policy) {
    if (actual == 0 && predicted == 0) {
      return policy.value();
    }
    if (beta == Double.POSITIVE_INFINITY) {
      return policy.divide(truePositives, actual);
    }
    if (truePositives == 0) {
      return 0.0;
    }
    double b2 = beta * beta;
    // Past β = 1 the same ratio is divided through by β², so that no huge β overflows it.
    double score = beta <= 1
        ? (1 + b2) * truePositives / (b2 * actual + predicted)
        : (1 / b2 + 1) * truePositives / (actual + predicted / b2);
    return Math.min(1.0, score);
  }
}
