package dev.modelgate.metrics.curve;

import java.math.BigDecimal;
import java.util.List;

/**
 * Finds the index of the best value in a per-threshold series ordered by decreasing threshold.
 * Among equal values the lowest index (the highest threshold) wins; {@code NaN} never wins.
 * Stateless and thread-safe.
 */
final class BestIndex {

  private BestIndex() {}

  /** The best index of {@code values}, or -1 when every value is {@code NaN}. */
  static int of(double[] values, boolean higherIsBetter) {
    int best = -1;
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (Double.isNaN(v)) {
        continue;
      }
      if (best < 0 || (higherIsBetter ? v > values[best] : v < values[best])) {
        best = i;
      }
    }
    return best;
  }

  /** The index of the greatest value, compared exactly; -1 only for an empty list. */
  static int ofExact(List<BigDecimal> values) {
    int best = -1;
    for (int i = 0; i < values.size(); i++) {
      if (best < 0 || values.get(i).compareTo(values.get(best)) > 0) {
        best = i;
      }
    }
    return best;
  }
}
