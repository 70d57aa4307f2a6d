package dev.modelgate.metrics.stats;

/**
 * Prometheus' {@code bucketQuantile} (promql/quantile.go) for classic histograms, step by step,
 * on buckets that are already sorted, distinct and monotonic (so its coalescing and monotonicity
 * repairs have nothing to do).
 *
 * <p>Stateless and thread-safe.
 */
final class PrometheusQuantile {

  private PrometheusQuantile() {}

  /** The {@code q}-quantile, {@code q} in [0, 1]; NaN where Prometheus returns NaN. */
  static double of(double q, double[] upperBounds, long[] cumulativeCounts) {
    int n = upperBounds.length;
    if (upperBounds[n - 1] != Double.POSITIVE_INFINITY || n < 2) {
      return Double.NaN;
    }
    double observations = cumulativeCounts[n - 1];
    if (observations == 0) {
      return Double.NaN;
    }
    double rank = q * observations;
    int b = firstAtLeast(rank, cumulativeCounts, n - 1);
    if (b == n - 1) {
      return upperBounds[n - 2];
    }
    if (b == 0 && upperBounds[0] <= 0) {
      return upperBounds[0];
    }
    double bucketStart = 0;
    double bucketEnd = upperBounds[b];
    double count = cumulativeCounts[b];
    if (b > 0) {
      bucketStart = upperBounds[b - 1];
      count -= cumulativeCounts[b - 1];
      rank -= cumulativeCounts[b - 1];
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
  }

  /** Go's {@code sort.Search(limit, i -> counts[i] >= rank)}: the first such i, or limit. */
  private static int firstAtLeast(double rank, long[] counts, int limit) {
    int lo = 0;
    int hi = limit;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (!(counts[mid] >= rank)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
