package dev.modelgate.metrics.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * The Mann–Whitney U test of two independent samples: does one tend to hold larger values than the
 * other?
 *
 * <p>Immutable and thread-safe.
 *
 * @param statistic U of the first sample x, {@code R − n(n + 1)/2} with R the sum of x's ranks in
 *     both samples (ties get their average rank), as SciPy reports it for every alternative
 * @param pValue the p-value, in [0, 1]
 * @param alternative which departures count as evidence; {@link Alternative#GREATER} is "x tends
 *     to be larger than y"
 * @param method how the p-value was computed
 * @param xSize the number of values in x
 * @param ySize the number of values in y
 */
public record MannWhitneyResult(
    double statistic, double pValue, Alternative alternative, Method method, int xSize, int ySize)
    implements TestResult {

  /** How the p-value was computed, as SciPy's {@code method} argument names it. */
  public enum Method {
    /**
     * The exact distribution of U without ties: SciPy's {@code 'exact'}. With ties, U is
     * truncated to an integer first, as SciPy does.
     */
    EXACT,
    /** The normal approximation with the tie-corrected variance: SciPy's {@code 'asymptotic'}. */
    ASYMPTOTIC
  }

  /** Checks the values. */
  public MannWhitneyResult {
    Objects.requireNonNull(alternative, "alternative");
    Objects.requireNonNull(method, "method");
    if (!(statistic >= 0) || statistic > (double) xSize * ySize) {
      throw new IllegalArgumentException(
          "statistic = " + statistic + " is not a U in [0, " + (long) xSize * ySize + "]");
    }
    Inputs.probability("pValue", pValue);
  }

  @Override
  public String summary() {
    return String.format(
        Locale.ROOT,
        "Mann–Whitney U = %.1f between %d and %d values, %s p = %.4g (%s)",
        statistic, xSize, ySize,
        alternative.name().toLowerCase(Locale.ROOT).replace('_', '-'), pValue,
        method.name().toLowerCase(Locale.ROOT));
  }
}
