package dev.modelgate.metrics.stats;

import java.util.Objects;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * McNemar's test for champion and candidate scored on the same rows, from their discordant rows:
 * b rows only the champion got right, c rows only the candidate got right.
 *
 * <p>Matches statsmodels 0.13.5's {@code statsmodels.stats.contingency_tables.mcnemar(table, exact,
 * correction)} on the table {@code [[·, b], [c, ·]]} to 1e-9, with two differences, both where
 * statsmodels has no meaningful number: with no discordant rows (b + c = 0) the chi-square forms
 * give statistic 0 and p = 1, as the exact form does, where statsmodels divides 0 by 0; and with
 * equal counts the corrected statistic is 0 (p = 1), as in R's {@code mcnemar.test}, where
 * statsmodels squares |b − c| − 1 = −1 into 1 / (b + c). Equal counts are no evidence either way.
 *
 * <p>Examples: b = 12, c = 25 gives exact two-sided p = 0.0470 (one-sided {@code GREATER} p =
 * 0.0235), chi-square 4.5676 (p = 0.0326) and corrected chi-square 3.8919 (p = 0.0485); b = c = 50
 * gives p = 1 in every form.
 *
 * <p>Stateless and thread-safe.
 */
public final class McNemar {

  private McNemar() {}

  /**
   * The exact two-sided test: {@code p = min(1, 2 · P(X ≤ min(b, c)))} for X ~ Binomial(b + c, ½).
   *
   * @throws IllegalArgumentException if a count is negative or b + c exceeds {@link
   *     Integer#MAX_VALUE}
   */
  public static McNemarResult exact(long championOnly, long candidateOnly) {
    return exact(championOnly, candidateOnly, Alternative.TWO_SIDED);
  }

  /**
   * The exact test with the given alternative: {@link Alternative#GREATER} gives {@code P(X ≥ c)},
   * the evidence that the candidate is right more often; {@link Alternative#LESS} gives {@code P(X
   * ≤ c)}; for X ~ Binomial(b + c, ½).
   *
   * @throws IllegalArgumentException if a count is negative or b + c exceeds {@link
   *     Integer#MAX_VALUE}
   */
  public static McNemarResult exact(
      long championOnly, long candidateOnly, Alternative alternative) {
    Objects.requireNonNull(alternative, "alternative");
    long discordant = discordant(championOnly, candidateOnly);
    if (discordant > Integer.MAX_VALUE) {
      throw Rejections.tooManyTrials(discordant);
    }
    int n = (int) discordant;
    long min = Math.min(championOnly, candidateOnly);
    double p = 1.0;
    if (n > 0) {
      BinomialDistribution binomial = BinomialDistribution.of(n, 0.5);
      int c = (int) candidateOnly;
      p = switch (alternative) {
        case TWO_SIDED -> 2 * binomial.cumulativeProbability((int) min);
        case GREATER -> binomial.survivalProbability(c - 1);
        case LESS -> binomial.cumulativeProbability(c);
      };
    }
    return new McNemarResult(
        championOnly, candidateOnly, McNemarResult.Method.EXACT, alternative, min,
        Math.min(1.0, p));
  }

  /**
   * The chi-square test, with Edwards' continuity correction ({@code |b − c| − 1}) when {@code
   * correction} is {@link ContinuityCorrection#YATES} (each of b and c moves ½ towards their mean)
   * and without it when {@link ContinuityCorrection#NONE}.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static McNemarResult chiSquare(
      long championOnly, long candidateOnly, ContinuityCorrection correction) {
    Objects.requireNonNull(correction, "correction");
    double n = discordant(championOnly, candidateOnly);
    boolean corrected = correction == ContinuityCorrection.YATES;
    McNemarResult.Method method =
        corrected ? McNemarResult.Method.CHI_SQUARE_CORRECTED : McNemarResult.Method.CHI_SQUARE;
    double difference = Math.abs((double) championOnly - candidateOnly);
    if (corrected) {
      difference = Math.max(0.0, difference - 1);
    }
    if (n == 0 || difference == 0) {
      return new McNemarResult(
          championOnly, candidateOnly, method, Alternative.TWO_SIDED, 0.0, 1.0);
    }
    double statistic = difference * difference / n;
    double p = ChiSquaredDistribution.of(1).survivalProbability(statistic);
    return new McNemarResult(
        championOnly, candidateOnly, method, Alternative.TWO_SIDED, statistic, p);
  }

  /** b + c, refused if a count is negative or the sum overflows. */
  private static long discordant(long championOnly, long candidateOnly) {
    if (championOnly < 0) {
      throw Rejections.notACount("championOnly", championOnly);
    }
    if (candidateOnly < 0) {
      throw Rejections.notACount("candidateOnly", candidateOnly);
    }
    return Math.addExact(championOnly, candidateOnly);
  }
}
