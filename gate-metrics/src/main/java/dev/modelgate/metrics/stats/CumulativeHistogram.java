package dev.modelgate.metrics.stats;

import java.util.Arrays;
import java.util.Objects;

/**
 * A bucketed histogram as Prometheus reports one: {@code cumulativeCounts[i]} observations were
 * at most {@code upperBounds[i]}, and the last bound is usually {@code +Infinity}.
 *
 * <p>The canary compares two of them (champion and canary, with the same bounds) with {@link
 * Psi#ofHistograms}, {@link KolmogorovSmirnov#bucketedStatistic}, or through their {@link
 * #quantile(double) quantiles}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CumulativeHistogram {

  private final double[] upperBounds;
  private final long[] cumulativeCounts;

  private CumulativeHistogram(double[] upperBounds, long[] cumulativeCounts) {
    this.upperBounds = upperBounds;
    this.cumulativeCounts = cumulativeCounts;
  }

  /**
   * The histogram with these buckets; both arrays are copied.
   *
   * @param upperBounds the buckets' upper bounds ({@code le}), strictly increasing, not NaN; the
   *     last may be {@code +Infinity}
   * @param cumulativeCounts how many observations were at most each bound: non-negative and never
   *     decreasing
   * @throws IllegalArgumentException if there is no bucket, the lengths differ, a bound is NaN or
   *     does not increase, or a count is negative or less than the one before it
   */
  public static CumulativeHistogram of(double[] upperBounds, long[] cumulativeCounts) {
    Objects.requireNonNull(upperBounds, "upperBounds");
    Objects.requireNonNull(cumulativeCounts, "cumulativeCounts");
    if (upperBounds.length == 0 && cumulativeCounts.length == 0) {
      throw Rejections.noBuckets();
    }
    if (upperBounds.length != cumulativeCounts.length) {
      throw Rejections.lengthMismatch(
          "upperBounds", upperBounds.length, "cumulativeCounts", cumulativeCounts.length,
          "buckets");
    }
    double[] bounds = upperBounds.clone();
    long[] counts = cumulativeCounts.clone();
    for (int i = 0; i < bounds.length; i++) {
      if (Double.isNaN(bounds[i])) {
        throw Rejections.notABound(i, bounds[i]);
      }
      if (i > 0 && !(bounds[i] > bounds[i - 1])) {
        throw Rejections.notIncreasing(i, bounds[i], bounds[i - 1]);
      }
      if (counts[i] < 0) {
        throw Rejections.notACount("cumulativeCounts", Integer.toString(i), counts[i]);
      }
      if (i > 0 && counts[i] < counts[i - 1]) {
        throw Rejections.decreasing(i, counts[i], counts[i - 1]);
      }
    }
    return new CumulativeHistogram(bounds, counts);
  }

  /** A copy of the buckets' upper bounds. */
  public double[] upperBounds() {
    return upperBounds.clone();
  }

  /** A copy of the cumulative counts. */
  public long[] cumulativeCounts() {
    return cumulativeCounts.clone();
  }

  /** The count of each bucket alone: {@code cumulativeCounts[i] - cumulativeCounts[i - 1]}. */
  public long[] bucketCounts() {
    long[] out = new long[cumulativeCounts.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = cumulativeCounts[i] - (i == 0 ? 0 : cumulativeCounts[i - 1]);
    }
    return out;
  }

  /** The number of buckets. */
  public int buckets() {
    return upperBounds.length;
  }

  /** The number of observations: the last cumulative count. */
  public long total() {
    return cumulativeCounts[cumulativeCounts.length - 1];
  }

  /** Whether {@code other} has exactly the same upper bounds. */
  public boolean hasSameBounds(CumulativeHistogram other) {
    return Arrays.equals(upperBounds, other.upperBounds);
  }

  /**
   * The {@code q}-quantile as Prometheus' {@code histogram_quantile(q, …)} computes it from
   * classic buckets, so that latency percentiles from an in-process recorder and from Prometheus
   * agree on the same buckets.
   *
   * <p>The quantile is interpolated linearly within its bucket. The lowest bucket starts at 0 when
   * its upper bound is positive; when its upper bound is 0 or less, that bound is returned for a
   * quantile in it. A quantile in the {@code +Inf} bucket returns the highest finite bound. Like
   * Prometheus, this returns {@code NaN} when there are no observations (0/0), fewer than two
   * buckets, or no {@code +Inf} bucket, and when {@code q} is 0 and the lowest bucket with a
   * positive bound is empty (Prometheus divides 0 by 0 there).
   *
   * <p>Example: bounds {@code [0.1, 0.2, 1, +Inf]} with cumulative counts {@code [50, 70, 110,
   * 120]} give 0.048 for q = 0.2, 0.15 for q = 0.5, 0.72 for q = 0.8 and 1 for q = 1 (all from
   * Prometheus' own tests).
   *
   * @param q the quantile, in [0, 1]
   * @throws IllegalArgumentException if {@code q} is NaN or outside [0, 1], where Prometheus
   *     would return NaN, -Inf or +Inf
   */
  public double quantile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw Rejections.notAQuantile(q);
    }
    return PrometheusQuantile.of(q, upperBounds, cumulativeCounts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CumulativeHistogram other
        && Arrays.equals(upperBounds, other.upperBounds)
        && Arrays.equals(cumulativeCounts, other.cumulativeCounts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(upperBounds) + Arrays.hashCode(cumulativeCounts);
  }

  @Override
  public String toString() {
    return "CumulativeHistogram[upperBounds=" + Arrays.toString(upperBounds)
        + ", cumulativeCounts=" + Arrays.toString(cumulativeCounts) + "]";
  }
}
