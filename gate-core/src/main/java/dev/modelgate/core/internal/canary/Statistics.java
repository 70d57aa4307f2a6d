package dev.modelgate.core.internal.canary;

import dev.modelgate.metrics.stats.ChiSquareHomogeneity;
import dev.modelgate.metrics.stats.ChiSquareResult;
import dev.modelgate.metrics.stats.ErrorRateComparison;
import dev.modelgate.metrics.stats.KolmogorovSmirnov;
import dev.modelgate.metrics.stats.KolmogorovSmirnovResult;
import dev.modelgate.metrics.stats.Psi;

/**
 * The statistics the canary checks need, behind one seam over {@code dev.modelgate.metrics.stats}:
 * the one-sided binomial test of the canary's share of errors, PSI, the two-sample
 * Kolmogorov–Smirnov test and the chi-square test of homogeneity. Each throws {@link
 * IllegalArgumentException} on data it cannot judge (an empty sample, a row without counts), which
 * the window judge turns into an inconclusive check. Stateless and thread-safe.
 */
public final class Statistics {

  private Statistics() {}

  /** A test's statistic, degrees of freedom (0 where there are none) and p-value. */
  public record Test(double statistic, int degreesOfFreedom, double pValue) {}

  /**
   * The p-value of "the canary errs at most {@code (1 + margin)} times as often as the champion":
   * {@code P(X >= canary errors)} for {@code X ~ Binomial(errors, p0)}, {@code p0 = s(1 + m) / (s(1
   * + m) + 1 − s)} with {@code s} the canary's share of the window's requests. 1 without errors.
   */
  public static double errorRatePValue(
      long championRequests, long championErrors, long canaryRequests, long canaryErrors, double margin) {
    return ErrorRateComparison.of(championRequests, championErrors, canaryRequests, canaryErrors, margin).pValue();
  }

  /** PSI of two score samples over bins cut at the reference's deciles. */
  public static double psiOfScores(double[] reference, double[] comparison) {
    return Psi.ofScores(reference, comparison).value();
  }

  /** PSI of two count vectors, bin {@code i} of one matching bin {@code i} of the other. */
  public static double psiOfCounts(long[] reference, long[] comparison) {
    return Psi.ofCounts(reference, comparison).value();
  }

  /** The two-sided two-sample Kolmogorov–Smirnov test, exact up to 10,000 scores per sample as SciPy. */
  public static Test kolmogorovSmirnov(double[] reference, double[] comparison) {
    KolmogorovSmirnovResult result = KolmogorovSmirnov.test(reference, comparison);
    return new Test(result.statistic(), 0, result.pValue());
  }

  /** The chi-square test of homogeneity of two count vectors, without continuity correction. */
  public static Test chiSquare(long[] champion, long[] canary) {
    ChiSquareResult result = ChiSquareHomogeneity.test(champion, canary);
    return new Test(result.statistic(), result.degreesOfFreedom(), result.pValue());
  }
}
