package dev.modelgate.metrics;

/**
 * The macro and weighted means over classes, with scikit-learn's handling of undefined classes.
 *
 * <p>A {@code NaN} class value (only {@link ZeroDivision#NAN} produces one) is left out, its weight
 * with it; if every class is {@code NaN} the mean is {@code NaN}; and if the weights left sum to 0
 * the weighted mean falls back to the unweighted one. This is scikit-learn's {@code _nanaverage}
 * (1.3 and later). Under {@link ZeroDivision#ZERO} and {@link ZeroDivision#ONE} no value is {@code
 * NaN} and these are the plain means. Stateless and thread-safe.
 */
final class ClassAverages {

  private ClassAverages() {}

  /** The mean of the values that are not {@code NaN}; {@code NaN} if there are none. */
  static double macro(double[] values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /**
   * The mean of the values that are not {@code NaN}, each weighted by its class's {@code weights}
   * entry; the unweighted mean of those values if their weights sum to 0; {@code NaN} if every
   * value is {@code NaN}.
   */
  static double weighted(double[] values, double[] weights) {
    double sum = 0;
    double weightSum = 0;
    for (int c = 0; c < values.length; c++) {
      if (!Double.isNaN(values[c])) {
        sum += values[c] * weights[c];
        weightSum += weights[c];
      }
    }
    return weightSum == 0 ? macro(values) : sum / weightSum;
  }
}
