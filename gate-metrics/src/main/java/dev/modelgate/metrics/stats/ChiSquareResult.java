package dev.modelgate.metrics.stats;

import java.util.Locale;

/**
 * The chi-square test of homogeneity of two rows of category counts (champion and canary): is the
 * share of each category the same in both?
 *
 * <p>Immutable and thread-safe.
 *
 * @param statistic Pearson's chi-square statistic {@code Σ (observed − expected)² / expected},
 *     after the continuity correction if one was applied; 0 when only one category is left
 * @param degreesOfFreedom the number of categories left minus 1; 0 when only one is left
 * @param pValue the probability of a statistic at least this large if both rows share their
 *     category shares; 1 when no degree of freedom is left
 * @param droppedCategories how many categories had no count in either row and were left out
 * @param corrected whether Yates' continuity correction was applied
 */
public record ChiSquareResult(
    double statistic,
    int degreesOfFreedom,
    double pValue,
    int droppedCategories,
    boolean corrected)
    implements TestResult {

  /** Checks the values. */
  public ChiSquareResult {
    if (!(statistic >= 0) || Double.isInfinite(statistic)) {
      throw new IllegalArgumentException(
          "statistic = " + statistic + " is not a finite chi-square statistic >= 0");
    }
    if (degreesOfFreedom < 0) {
      throw Rejections.notACount("degreesOfFreedom", degreesOfFreedom);
    }
    if (droppedCategories < 0) {
      throw Rejections.notACount("droppedCategories", droppedCategories);
    }
    Inputs.probability("pValue", pValue);
  }

  @Override
  public String summary() {
    return String.format(
        Locale.ROOT,
        "chi-square = %.4f with %d degree%s of freedom%s, p = %.4g%s",
        statistic,
        degreesOfFreedom,
        degreesOfFreedom == 1 ? "" : "s",
        corrected ? " (Yates-corrected)" : "",
        pValue,
        droppedCategories == 0
            ? ""
            : " (" + droppedCategories + " empty categor"
                + (droppedCategories == 1 ? "y" : "ies") + " left out)");
  }
}
