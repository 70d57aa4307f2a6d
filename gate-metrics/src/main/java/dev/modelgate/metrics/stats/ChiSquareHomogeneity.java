package dev.modelgate.metrics.stats;

import java.util.Map;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The chi-square test of homogeneity for class rates: a 2×K table whose rows are the champion's
 * and the canary's counts per predicted class.
 *
 * <p>Matches SciPy 1.10's {@code scipy.stats.chi2_contingency([champion, canary],
 * correction=…)} to 1e-9, with one difference: a category with no count in either row is left
 * out first (SciPy refuses such a table because its expected count is 0), and the result says how
 * many were. With only one category left the rows cannot differ: the statistic is 0, there are 0
 * degrees of freedom and the p-value is 1, as SciPy returns for a table with one column.
 *
 * <p>A row with no counts at all (0/0 shares) is refused with {@link InsufficientDataException}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ChiSquareHomogeneity {

  private static final String NEED = "a chi-square test of homogeneity needs counts in both rows";

  private ChiSquareHomogeneity() {}

  /**
   * The test without continuity correction: SciPy's {@code correction=False}.
   *
   * <p>Example: champion {@code [30, 70]} and canary {@code [45, 55]} give chi-square 4.8 with 1
   * degree of freedom and p = 0.0285.
   *
   * @param champion the champion's count of each category
   * @param canary the canary's count of each category, in the same order
   * @throws IllegalArgumentException if the lengths differ or a count is negative
   * @throws InsufficientDataException if a row has no counts
   */
  public static ChiSquareResult test(long[] champion, long[] canary) {
    return test(champion, canary, ContinuityCorrection.NONE);
  }

  /**
   * The test with the given continuity correction, which applies only with 1 degree of freedom.
   *
   * @throws IllegalArgumentException if the lengths differ or a count is negative
   * @throws InsufficientDataException if a row has no counts
   */
  public static ChiSquareResult test(
      long[] champion, long[] canary, ContinuityCorrection correction) {
    Inputs.sameCategories("champion", champion, "canary", canary);
    double championTotal = Inputs.total("champion", champion);
    double canaryTotal = Inputs.total("canary", canary);
    if (championTotal == 0 || canaryTotal == 0) {
      throw Rejections.tooFew(championTotal == 0 ? "champion" : "canary", 0, "count", NEED);
    }
    int kept = 0;
    for (int i = 0; i < champion.length; i++) {
      kept += champion[i] + canary[i] > 0 ? 1 : 0;
    }
    int dropped = champion.length - kept;
    if (kept < 2) {
      return new ChiSquareResult(0.0, 0, 1.0, dropped, false);
    }
    boolean yates = correction == ContinuityCorrection.YATES && kept == 2;
    double total = championTotal + canaryTotal;
    double statistic = 0;
    for (int i = 0; i < champion.length; i++) {
      double column = (double) champion[i] + canary[i];
      if (column > 0) {
        statistic += term(champion[i], championTotal * column / total, yates);
        statistic += term(canary[i], canaryTotal * column / total, yates);
      }
    }
    int dof = kept - 1;
    double p = ChiSquaredDistribution.of(dof).survivalProbability(statistic);
    return new ChiSquareResult(statistic, dof, p, dropped, yates);
  }

  /**
   * The test without continuity correction on counts by label (for example predicted-class
   * counts), over the sorted union of both rows' labels; a label missing from one row counts 0
   * there.
   *
   * @throws IllegalArgumentException if a count is negative or null
   * @throws InsufficientDataException if a row has no counts
   */
  public static ChiSquareResult test(Map<String, Long> champion, Map<String, Long> canary) {
    return test(champion, canary, ContinuityCorrection.NONE);
  }

  /**
   * The test on counts by label with the given continuity correction, over the sorted union of
   * both rows' labels; a label missing from one row counts 0 there.
   *
   * @throws IllegalArgumentException if a count is negative or null
   * @throws InsufficientDataException if a row has no counts
   */
  public static ChiSquareResult test(
      Map<String, Long> champion, Map<String, Long> canary, ContinuityCorrection correction) {
    long[][] aligned = Inputs.aligned("champion", champion, "canary", canary);
    return test(aligned[0], aligned[1], correction);
  }

  /** One cell's {@code (observed − expected)² / expected}, Yates-corrected as SciPy does. */
  private static double term(long observed, double expected, boolean yates) {
    double o = observed;
    if (yates) {
      double difference = expected - o;
      o += Math.signum(difference) * Math.min(0.5, Math.abs(difference));
    }
    double d = o - expected;
    return d * d / expected;
  }
}
