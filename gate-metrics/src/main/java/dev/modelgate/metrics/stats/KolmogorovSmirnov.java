package dev.modelgate.metrics.stats;

import java.util.Objects;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The two-sample Kolmogorov–Smirnov test, for the canary's scores against the champion's.
 *
 * <p>{@link #test} matches SciPy 1.10's {@code scipy.stats.ks_2samp(reference, comparison)} with
 * its defaults ({@code alternative='two-sided', method='auto'}) to 1e-9: D is the largest distance
 * between the two empirical distribution functions, ties included; the p-value is exact when
 * neither sample has more than 10,000 scores and Smirnov's asymptotic one otherwise, as SciPy's
 * {@code 'auto'} chooses. The computation is Apache Commons Statistics' {@code
 * KolmogorovSmirnovTest} with that choice made explicitly. Two differences from SciPy: a sample
 * of fewer than 2 scores is refused (SciPy accepts 1, where no p-value below 1 is possible), and
 * where SciPy's exact computation fails with a floating-point error and falls back to {@code
 * 'asymp'} with a warning, this keeps the exact p-value.
 *
 * <p>Stateless and thread-safe.
 */
public final class KolmogorovSmirnov {

  /** The largest sample size for which the p-value is exact, as in SciPy: 10,000. */
  public static final int MAX_EXACT_SIZE = 10_000;

  private static final String NEED =
      "a two-sample Kolmogorov–Smirnov test needs at least 2 scores in each sample";

  private KolmogorovSmirnov() {}

  /**
   * The two-sided two-sample test of {@code reference} (the champion's scores) against {@code
   * comparison} (the canary's). Swapping the samples gives the same result.
   *
   * <p>Example: {@code [1, 2, 3]} against {@code [4, 5, 6]} gives D = 1 and p = 0.1; {@code [1,
   * 2, 3]} against itself gives D = 0 and p = 1.
   *
   * @throws IllegalArgumentException if a score is NaN or infinite
   * @throws InsufficientDataException if a sample has fewer than 2 scores
   */
  public static KolmogorovSmirnovResult test(double[] reference, double[] comparison) {
    double[] r = Inputs.finiteScores("reference", reference);
    double[] c = Inputs.finiteScores("comparison", comparison);
    requireTwo("reference", r.length);
    requireTwo("comparison", c.length);
    boolean exact = Math.max(r.length, c.length) <= MAX_EXACT_SIZE;
    KolmogorovSmirnovTest.TwoResult result =
        KolmogorovSmirnovTest.withDefaults()
            .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
            .test(r, c);
    return new KolmogorovSmirnovResult(
        result.getStatistic(),
        Math.min(1.0, Math.max(0.0, result.getPValue())),
        exact ? KolmogorovSmirnovResult.Method.EXACT : KolmogorovSmirnovResult.Method.ASYMPTOTIC,
        r.length,
        c.length);
  }

  /**
   * D of two histograms with the same buckets: the largest distance between their cumulative
   * shares at the buckets' upper bounds.
   *
   * <p>This is approximate, and conservative: the distribution functions are seen only at the
   * bounds, so when the last bound is {@code +Inf} (every score counted) this D is at most the D
   * of the raw scores behind the histograms (it is exactly the D of the scores rounded up to their
   * bucket's bound). A rule "shift if D &gt; d" therefore
   * fires on buckets only when it would fire on the raw scores: it never raises a false alarm the
   * raw scores would not, and it misses shifts that stay within a bucket. No p-value is given: the
   * exact and asymptotic distributions of D assume continuous scores, which bucketed data are not.
   *
   * @throws IllegalArgumentException if the upper bounds differ
   * @throws InsufficientDataException if a histogram has no observations
   */
  public static double bucketedStatistic(
      CumulativeHistogram reference, CumulativeHistogram comparison) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(comparison, "comparison");
    if (!reference.hasSameBounds(comparison)) {
      throw Rejections.differentBounds(reference.upperBounds(), comparison.upperBounds());
    }
    double n = requireObservations("reference", reference);
    double m = requireObservations("comparison", comparison);
    long[] r = reference.cumulativeCounts();
    long[] c = comparison.cumulativeCounts();
    double d = 0;
    for (int i = 0; i < r.length; i++) {
      d = Math.max(d, Math.abs(r[i] / n - c[i] / m));
    }
    return d;
  }

  private static void requireTwo(String argument, int size) {
    if (size < 2) {
      throw Rejections.tooFew(argument, size, "score", NEED);
    }
  }

  private static double requireObservations(String argument, CumulativeHistogram histogram) {
    if (histogram.total() == 0) {
      throw Rejections.tooFew(
          argument, 0, "observation", "a bucketed Kolmogorov–Smirnov distance needs at least 1"
              + " observation in each histogram");
    }
    return histogram.total();
  }
}
