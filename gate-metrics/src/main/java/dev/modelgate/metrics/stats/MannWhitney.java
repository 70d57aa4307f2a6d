package dev.modelgate.metrics.stats;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Mann–Whitney U test (Wilcoxon rank-sum test) of two independent samples, for example per-row
 * scores or losses of two models on disjoint traffic.
 *
 * <p>Matches SciPy 1.10's {@code scipy.stats.mannwhitneyu(x, y, use_continuity, alternative,
 * method)} to 1e-9. With {@link #test(double[], double[], Alternative)} the method is chosen as
 * SciPy's {@code 'auto'} does: exact when the smaller sample has at most 8 values and no value
 * occurs twice, the normal approximation with continuity correction otherwise. The exact
 * distribution takes O(min(n, m)² · max(n, m)) time and O(n · m) memory, and is refused past
 * {@link #MAX_EXACT_CELLS} pairs. One difference: when every value is tied and there is no
 * continuity correction, U equals its mean and its standard deviation is 0; SciPy returns NaN
 * (0/0), this returns p = 1, as it does with the correction.
 *
 * <p>Examples: {@code [1.5, 3.2, 0.7]} against {@code [2.2, 4.1, 5.3, 6.0]} gives U = 1 and exact
 * two-sided p = 0.1143; eight values all below eight others give U = 0 and p = 0.000155.
 *
 * <p>Stateless and thread-safe.
 */
public final class MannWhitney {

  /** The largest smaller-sample size for which {@code 'auto'} computes the exact p-value: 8. */
  public static final int MAX_AUTO_EXACT_SIZE = 8;

  /** The most pairs n · m for which the exact distribution is computed (one double each). */
  public static final long MAX_EXACT_CELLS = 100_000_000;

  private static final String NEED = "a Mann–Whitney U test needs at least 1 value in each sample";

  private MannWhitney() {}

  /**
   * The test with SciPy's defaults: two-sided, method {@code 'auto'}, continuity correction.
   *
   * @throws IllegalArgumentException if a value is NaN or infinite
   * @throws InsufficientDataException if a sample is empty
   */
  public static MannWhitneyResult test(double[] x, double[] y) {
    return test(x, y, Alternative.TWO_SIDED);
  }

  /**
   * The test with the given alternative, method {@code 'auto'} and continuity correction.
   *
   * @throws IllegalArgumentException if a value is NaN or infinite
   * @throws InsufficientDataException if a sample is empty
   */
  public static MannWhitneyResult test(double[] x, double[] y, Alternative alternative) {
    Ranks ranks = Ranks.of(x, y);
    MannWhitneyResult.Method method =
        Math.min(ranks.xSize(), ranks.ySize()) <= MAX_AUTO_EXACT_SIZE && !ranks.tied()
            ? MannWhitneyResult.Method.EXACT
            : MannWhitneyResult.Method.ASYMPTOTIC;
    return test(ranks, alternative, method, ContinuityCorrection.YATES);
  }

  /**
   * The test with every option given. The continuity correction (½ towards the mean of U) only
   * applies to {@link MannWhitneyResult.Method#ASYMPTOTIC}: {@link ContinuityCorrection#YATES}
   * is SciPy's {@code use_continuity=True}.
   *
   * @throws IllegalArgumentException if a value is NaN or infinite
   * @throws InsufficientDataException if a sample is empty
   */
  public static MannWhitneyResult test(
      double[] x, double[] y, Alternative alternative, MannWhitneyResult.Method method,
      ContinuityCorrection continuity) {
    return test(Ranks.of(x, y), alternative, method, continuity);
  }

  private static MannWhitneyResult test(
      Ranks ranks, Alternative alternative, MannWhitneyResult.Method method,
      ContinuityCorrection continuity) {
    Objects.requireNonNull(alternative, "alternative");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(continuity, "continuity");
    int n1 = ranks.xSize();
    int n2 = ranks.ySize();
    double u1 = ranks.xRankSum() - n1 * (n1 + 1.0) / 2;
    double u2 = (double) n1 * n2 - u1;
    double u = switch (alternative) {
      case GREATER -> u1;
      case LESS -> u2;
      case TWO_SIDED -> Math.max(u1, u2);
    };
    double factor = alternative == Alternative.TWO_SIDED ? 2 : 1;
    if (method == MannWhitneyResult.Method.EXACT && (long) n1 * n2 > MAX_EXACT_CELLS) {
      throw new IllegalArgumentException(
          "x has " + n1 + " values and y has " + n2 + ": the exact distribution of U supports"
              + " at most " + MAX_EXACT_CELLS + " pairs (n · m)");
    }
    double p = method == MannWhitneyResult.Method.EXACT
        ? UDistribution.survival((long) u, n1, n2)
        : asymptotic(u, n1, n2, ranks.tieTerm(), continuity);
    p = Math.min(1.0, Math.max(0.0, p * factor));
    return new MannWhitneyResult(u1, p, alternative, method, n1, n2);
  }

  /** SciPy's {@code norm.sf((U − n1·n2/2 − ½) / s)} with the tie-corrected standard deviation. */
  private static double asymptotic(
      double u, int n1, int n2, double tieTerm, ContinuityCorrection continuity) {
    double mu = n1 * (double) n2 / 2;
    double n = (double) n1 + n2;
    double s = Math.sqrt(n1 * (double) n2 / 12 * ((n + 1) - tieTerm / (n * (n - 1))));
    double numerator = u - mu;
    if (continuity == ContinuityCorrection.YATES) {
      numerator -= 0.5;
    }
    double z = numerator / s; // ±∞ when every value is tied; NaN only for 0/0
    if (Double.isNaN(z)) {
      return 1.0;
    }
    return NormalDistribution.of(0, 1).survivalProbability(z);
  }

  /** Average ranks of x within both samples, and the tie counts. */
  private record Ranks(int xSize, int ySize, double xRankSum, double tieTerm, boolean tied) {

    static Ranks of(double[] x, double[] y) {
      double[] a = Inputs.finiteScores("x", x);
      double[] b = Inputs.finiteScores("y", y);
      if (a.length == 0 || b.length == 0) {
        throw Rejections.tooFew(a.length == 0 ? "x" : "y", 0, "value", NEED);
      }
      double[] all = new double[a.length + b.length];
      System.arraycopy(a, 0, all, 0, a.length);
      System.arraycopy(b, 0, all, a.length, b.length);
      Arrays.sort(all);
      double tieTerm = 0;
      for (int i = 0; i < all.length; ) {
        int j = i;
        while (j < all.length && all[j] == all[i]) {
          j++;
        }
        double t = j - i;
        tieTerm += t * t * t - t;
        i = j;
      }
      double rankSum = 0;
      for (double v : a) {
        rankSum += averageRank(all, v);
      }
      return new Ranks(a.length, b.length, rankSum, tieTerm, tieTerm > 0);
    }

    /** The average of the 1-based ranks that {@code v} occupies in {@code sorted}. */
    private static double averageRank(double[] sorted, double v) {
      int first = lowerBound(sorted, v);
      int last = lowerBound(sorted, Math.nextUp(v)) - 1;
      return (first + last) / 2.0 + 1;
    }

    private static int lowerBound(double[] sorted, double v) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] < v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
