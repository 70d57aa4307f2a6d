package dev.modelgate.metrics.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * McNemar's test of two models scored on the same rows: are the rows that only one of them gets
 * right split evenly between them?
 *
 * <p>Only the discordant rows carry evidence: {@code championOnly} (b, the champion right and the
 * candidate wrong) and {@code candidateOnly} (c, the opposite). Under the null hypothesis that both
 * models are equally accurate each discordant row is the candidate's with probability ½.
 *
 * <p>Immutable and thread-safe.
 *
 * @param championOnly b, the rows only the champion got right
 * @param candidateOnly c, the rows only the candidate got right
 * @param method how the p-value was computed
 * @param alternative which departures count as evidence; {@link Alternative#GREATER} is "the
 *     candidate is right more often". The chi-square forms are always two-sided
 * @param statistic for {@link Method#EXACT} min(b, c), as statsmodels reports it; otherwise the
 *     chi-square statistic with 1 degree of freedom
 * @param pValue the p-value, in [0, 1]
 */
public record McNemarResult(
    long championOnly,
    long candidateOnly,
    Method method,
    Alternative alternative,
    double statistic,
    double pValue)
    implements TestResult {

  /** How the p-value was computed, as statsmodels' {@code mcnemar(exact, correction)} names it. */
  public enum Method {
    /** The exact binomial test of c of b + c against ½: {@code exact=True}. */
    EXACT,
    /** (b − c)² / (b + c) against chi-square(1): {@code exact=False, correction=False}. */
    CHI_SQUARE,
    /**
     * (|b − c| − 1)² / (b + c) against chi-square(1), Edwards' continuity correction: {@code
     * exact=False, correction=True}; 0 when b = c.
     */
    CHI_SQUARE_CORRECTED
  }

  /** Checks the values. */
  public McNemarResult {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(alternative, "alternative");
    if (championOnly < 0) {
      throw Rejections.notACount("championOnly", championOnly);
    }
    if (candidateOnly < 0) {
      throw Rejections.notACount("candidateOnly", candidateOnly);
    }
    if (method != Method.EXACT && alternative != Alternative.TWO_SIDED) {
      throw new IllegalArgumentException(
          "alternative = " + alternative + " is not TWO_SIDED, the only alternative of the "
              + method + " form");
    }
    if (!(statistic >= 0) || Double.isInfinite(statistic)) {
      throw new IllegalArgumentException(
          "statistic = " + statistic + " is not a finite statistic >= 0");
    }
    Inputs.probability("pValue", pValue);
  }

  /** The discordant rows, b + c: the only rows that carry evidence. */
  public long discordant() {
    return championOnly + candidateOnly;
  }

  @Override
  public String summary() {
    return String.format(
        Locale.ROOT,
        "champion alone right on %d rows, candidate alone on %d: %s McNemar p = %.4g",
        championOnly, candidateOnly, describe(), pValue);
  }

  private String describe() {
    return switch (method) {
      case EXACT -> "exact " + alternative.name().toLowerCase(Locale.ROOT).replace('_', '-');
      case CHI_SQUARE -> String.format(Locale.ROOT, "chi-square = %.4f,", statistic);
      case CHI_SQUARE_CORRECTED ->
          String.format(Locale.ROOT, "chi-square = %.4f (continuity-corrected),", statistic);
    };
  }
}
