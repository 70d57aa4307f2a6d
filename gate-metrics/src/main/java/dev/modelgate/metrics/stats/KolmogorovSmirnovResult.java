package dev.modelgate.metrics.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * The two-sample Kolmogorov–Smirnov test of two score samples: the largest distance D between
 * their empirical distribution functions and the two-sided p-value of D under the null hypothesis
 * that both samples come from one continuous distribution.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statistic D, in [0, 1]
 * @param pValue the two-sided p-value, in [0, 1]
 * @param method how the p-value was computed
 * @param referenceSize the number of reference scores
 * @param comparisonSize the number of comparison scores
 */
public record KolmogorovSmirnovResult(
    double statistic, double pValue, Method method, int referenceSize, int comparisonSize)
    implements TestResult {

  /** How a two-sample p-value was computed, as SciPy's {@code method} argument names it. */
  public enum Method {
    /** The exact distribution of D for these sample sizes: SciPy's {@code 'exact'}. */
    EXACT,
    /**
     * Smirnov's approximation, the one-sample distribution of D at the effective size {@code n·m
     * / (n + m)}: SciPy's {@code 'asymp'}.
     */
    ASYMPTOTIC
  }

  /** Checks the values. */
  public KolmogorovSmirnovResult {
    Objects.requireNonNull(method, "method");
    Inputs.probability("statistic", statistic);
    Inputs.probability("pValue", pValue);
  }

  @Override
  public String summary() {
    return String.format(
        Locale.ROOT,
        "Kolmogorov–Smirnov D = %.4f between %d reference and %d comparison scores, p = %.4g (%s)",
        statistic, referenceSize, comparisonSize, pValue, method.name().toLowerCase(Locale.ROOT));
  }
}
