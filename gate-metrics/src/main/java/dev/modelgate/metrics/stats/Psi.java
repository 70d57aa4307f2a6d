package dev.modelgate.metrics.stats;

import java.util.Map;
import java.util.Objects;

/**
 * The population stability index (PSI) between a reference distribution (the champion's) and a
 * comparison distribution (the canary's), from score samples, from histograms with the same
 * buckets, or from class counts.
 *
 * <p>{@code PSI = Σ (c_i − r_i) · (ln c_i − ln r_i)} over bins, with {@code r_i} and {@code
 * c_i} the two sides' shares of bin {@code i}. A bin that one side never hit would make PSI
 * infinite, so every share is floored: {@code share = max(count / total, }{@link
 * #SHARE_FLOOR}{@code )}, and the shares are not renormalised. With this floor PSI is always finite
 * and ≥ 0, bins empty on both sides add 0, the same proportions on both sides give exactly 0, and
 * PSI is symmetric in the two sides for the same bins (counts and histograms; for samples the bins
 * come from the reference). Read it with {@link PsiTier}: below 0.1 stable, below 0.25 a moderate
 * shift, else significant.
 *
 * <p>PSI is undefined when a side is empty (0/0 shares): every function then throws {@link
 * InsufficientDataException}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Psi {

  /** The smallest share a bin can have in the sum: 1e-4, so an empty bin counts as 0.01 %. */
  public static final double SHARE_FLOOR = 1e-4;

  /** The default number of quantile bins for score samples: 10 (deciles of the reference). */
  public static final int DEFAULT_BINS = 10;

  private Psi() {}

  /**
   * PSI of two score samples over {@link #DEFAULT_BINS} bins cut at the reference's deciles.
   *
   * @see #ofScores(double[], double[], int)
   */
  public static PopulationStability ofScores(double[] reference, double[] comparison) {
    return ofScores(reference, comparison, DEFAULT_BINS);
  }

  /**
   * PSI of two score samples over {@code bins} bins cut at the reference's quantiles.
   *
   * <p>Edges are NumPy's {@code np.quantile(reference, j / bins)} for j = 1 … bins − 1 (linear
   * interpolation); equal edges (ties in the reference) are merged, so there may be fewer bins.
   * Bins are closed on the right ({@code (e_{i−1}, e_i]}); the first reaches −∞ and the last +∞.
   *
   * @throws IllegalArgumentException if {@code bins} &lt; 2 or a score is NaN or infinite
   * @throws InsufficientDataException if a sample is empty
   */
  public static PopulationStability ofScores(double[] reference, double[] comparison, int bins) {
    double[] r = Inputs.finiteScores("reference", reference);
    double[] c = Inputs.finiteScores("comparison", comparison);
    if (bins < 2) {
      throw Rejections.notBins(bins);
    }
    requireSome("reference", r.length, "score");
    requireSome("comparison", c.length, "score");
    QuantileBins cut = QuantileBins.of(r, bins);
    return fromCounts(cut.counts(r), r.length, cut.counts(c), c.length);
  }

  /**
   * PSI of two histograms with the same buckets, each bucket a bin ({@code +Inf} bucket included).
   *
   * @throws IllegalArgumentException if the upper bounds differ
   * @throws InsufficientDataException if a histogram has no observations
   */
  public static PopulationStability ofHistograms(
      CumulativeHistogram reference, CumulativeHistogram comparison) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(comparison, "comparison");
    if (!reference.hasSameBounds(comparison)) {
      throw Rejections.differentBounds(reference.upperBounds(), comparison.upperBounds());
    }
    requireSome("reference", reference.total(), "observation");
    requireSome("comparison", comparison.total(), "observation");
    return fromCounts(
        reference.bucketCounts(), reference.total(), comparison.bucketCounts(), comparison.total());
  }

  /**
   * PSI of two count vectors, category {@code i} of one matching category {@code i} of the other
   * (for example predicted-class counts), each category a bin.
   *
   * @throws IllegalArgumentException if the lengths differ or a count is negative
   * @throws InsufficientDataException if a side has no counts
   */
  public static PopulationStability ofCounts(long[] reference, long[] comparison) {
    Inputs.sameCategories("reference", reference, "comparison", comparison);
    long r = Inputs.total("reference", reference);
    long c = Inputs.total("comparison", comparison);
    requireSome("reference", r, "count");
    requireSome("comparison", c, "count");
    return fromCounts(reference.clone(), r, comparison.clone(), c);
  }

  /**
   * PSI of counts by label, over the sorted union of both sides' labels; a label missing from one
   * side counts 0 there.
   *
   * @throws IllegalArgumentException if a count is negative or null
   * @throws InsufficientDataException if a side has no counts
   */
  public static PopulationStability ofCounts(
      Map<String, Long> reference, Map<String, Long> comparison) {
    long[][] aligned = Inputs.aligned("reference", reference, "comparison", comparison);
    return ofCounts(aligned[0], aligned[1]);
  }

  private static void requireSome(String argument, long size, String unit) {
    if (size == 0) {
      throw Rejections.tooFew(argument, 0, unit, "PSI needs at least 1 " + unit + " on each side");
    }
  }

  private static PopulationStability fromCounts(
      long[] reference, long referenceTotal, long[] comparison, long comparisonTotal) {
    double[] r = new double[reference.length];
    double[] c = new double[comparison.length];
    double psi = 0;
    for (int i = 0; i < r.length; i++) {
      r[i] = Math.max((double) reference[i] / (double) referenceTotal, SHARE_FLOOR);
      c[i] = Math.max((double) comparison[i] / (double) comparisonTotal, SHARE_FLOOR);
      psi += (c[i] - r[i]) * (Math.log(c[i]) - Math.log(r[i]));
    }
    return new PopulationStability(psi, r, c);
  }
}
