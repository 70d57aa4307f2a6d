package dev.modelgate.metrics.stats;

import java.util.Arrays;

/**
 * Bins cut at a reference sample's quantiles, computed as NumPy's {@code np.quantile(reference,
 * j / bins)} (its default "linear" method, Hyndman and Fan's method 7) for j = 1 … bins − 1, with
 * duplicate edges merged.
 *
 * <p>Bins are closed on the right: a score goes to the bin of the first edge it does not exceed,
 * so a score equal to an edge (a tie) joins the lower bin, in both samples alike. The first bin
 * reaches down to −∞ and the last up to +∞, so every score of either sample has a bin.
 *
 * <p>Immutable and thread-safe.
 */
final class QuantileBins {

  private final double[] edges;

  private QuantileBins(double[] edges) {
    this.edges = edges;
  }

  /** The bins of {@code reference} (finite, non-empty) for {@code bins} ≥ 2 quantile bins. */
  static QuantileBins of(double[] reference, int bins) {
    double[] sorted = reference.clone();
    Arrays.sort(sorted);
    double[] cuts = new double[bins - 1];
    for (int j = 1; j < bins; j++) {
      cuts[j - 1] = quantile(sorted, (double) j / bins);
    }
    Arrays.sort(cuts);
    int distinct = 0;
    for (int i = 0; i < cuts.length; i++) {
      if (i == 0 || cuts[i] != cuts[distinct - 1]) {
        cuts[distinct++] = cuts[i];
      }
    }
    return new QuantileBins(Arrays.copyOf(cuts, distinct));
  }

  /** NumPy's linear quantile of a sorted sample, with its interpolation step by step. */
  private static double quantile(double[] sorted, double q) {
    double virtual = (sorted.length - 1) * q;
    int previous = (int) Math.floor(virtual);
    int next = Math.min(previous + 1, sorted.length - 1);
    double gamma = virtual - previous;
    double a = sorted[previous];
    double b = sorted[next];
    double difference = b - a;
    return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
  }

  /** The number of bins: one more than the distinct edges. */
  int size() {
    return edges.length + 1;
  }

  /** How many of {@code scores} fall in each bin. */
  long[] counts(double[] scores) {
    long[] counts = new long[size()];
    for (double score : scores) {
      counts[binOf(score)]++;
    }
    return counts;
  }

  /** The number of edges below {@code score}: NumPy's {@code searchsorted(side='left')}. */
  private int binOf(double score) {
    int lo = 0;
    int hi = edges.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (edges[mid] < score) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
