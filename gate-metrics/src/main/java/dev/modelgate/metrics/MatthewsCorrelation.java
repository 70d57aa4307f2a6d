package dev.modelgate.metrics;

/**
 * The multiclass Matthews correlation coefficient from the row sums, column sums and trace of a
 * confusion matrix, as scikit-learn's {@code matthews_corrcoef}:
 *
 * <pre>
 *   cov(y, ŷ) = c·s − Σ t_k·p_k      var(y) = s² − Σ t_k²      var(ŷ) = s² − Σ p_k²
 *   MCC = cov(y, ŷ) / √(var(y)·var(ŷ))
 * </pre>
 *
 * with s the total, c the trace, t_k and p_k the true and predicted totals of class k. The
 * variances are computed as Σ t_k·(Σ<sub>j≠k</sub> t_j), which is the same number without the
 * cancellation of s² − Σ t_k², and every input is first scaled by the power of two that brings s
 * into [1, 2), which changes no digit of the result (unless weights lie more than 2<sup>1000</sup>
 * apart) but keeps s⁴ from overflowing or underflowing for huge or tiny weights. Stateless and
 * thread-safe.
 */
final class MatthewsCorrelation {

  private MatthewsCorrelation() {}

  /** The coefficient; 0/0 (a variance of 0) is 0.0, or {@code NaN} under {@link ZeroDivision#NAN}. */
  static double of(
      double[] actual, double[] predicted, double correct, double total, ZeroDivision policy) {
    int k = actual.length;
    double scale = Math.scalb(1.0, -Math.getExponent(total));
    double[] t = new double[k];
    double[] p = new double[k];
    for (int c = 0; c < k; c++) {
      t[c] = actual[c] * scale;
      p[c] = predicted[c] * scale;
    }
    double s = total * scale;
    double dot = 0;
    for (int c = 0; c < k; c++) {
      dot += t[c] * p[c];
    }
    double covariance = correct * scale * s - dot;
    double varianceTrue = 0;
    double variancePredicted = 0;
    for (int c = 0; c < k; c++) {
      double otherTrue = 0;
      double otherPredicted = 0;
      for (int j = 0; j < k; j++) {
        if (j != c) {
          otherTrue += t[j];
          otherPredicted += p[j];
        }
      }
      varianceTrue += t[c] * otherTrue;
      variancePredicted += p[c] * otherPredicted;
    }
    if (varianceTrue == 0 || variancePredicted == 0) {
      return policy == ZeroDivision.NAN ? Double.NaN : 0.0;
    }
    double r = covariance / Math.sqrt(varianceTrue * variancePredicted);
    return Math.max(-1.0, Math.min(1.0, r));
  }
}
