package dev.modelgate.metrics.paired;

/**
 * Quantiles of an unsorted sample by selection rather than sorting: NumPy's linear quantile needs
 * only two order statistics, which quickselect finds in O(B) expected time, against O(B log B) for
 * a sort of all B resamples.
 *
 * <p>Stateless and thread-safe; the arrays passed in are reordered.
 */
final class OrderStatistics {

  private OrderStatistics() {}

  /**
   * NumPy's linear quantile {@code np.quantile(values, q)}: the order statistics at ⌊(B − 1)q⌋ and
   * the next, interpolated as NumPy does. Reorders {@code values}, which holds no NaN.
   */
  static double quantile(double[] values, double q) {
    double position = (values.length - 1) * q;
    int below = (int) Math.floor(position);
    double a = select(values, below);
    double b = a;
    if (below + 1 < values.length) {
      b = values[below + 1];
      for (int i = below + 2; i < values.length; i++) {
        b = Math.min(b, values[i]);
      }
    }
    double gamma = position - below;
    double difference = b - a;
    return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
  }

  /**
   * The k-th smallest value (from 0); afterwards values before k are at most it and values after
   * k at least it. Hoare partitioning around the median of three, so sorted input is no worse case.
   */
  static double select(double[] values, int k) {
    int lo = 0;
    int hi = values.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      double pivot = median(values[lo], values[mid], values[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double swap = values[i];
          values[i] = values[j];
          values[j] = swap;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return values[k];
      }
    }
    return values[k];
  }

  private static double median(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
