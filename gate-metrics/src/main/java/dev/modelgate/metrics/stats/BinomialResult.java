package dev.modelgate.metrics.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * The exact binomial test of {@code k} successes in {@code n} trials against a success
 * probability {@code p}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param successes k, the number of successes observed
 * @param trials n, the number of trials
 * @param probability p, the success probability under the null hypothesis
 * @param alternative which departures count as evidence
 * @param pValue the p-value, in [0, 1]
 */
public record BinomialResult(
    long successes, long trials, double probability, Alternative alternative, double pValue)
    implements TestResult {

  /** Checks the values. */
  public BinomialResult {
    Objects.requireNonNull(alternative, "alternative");
    BinomialTest.checkCounts(successes, trials);
    Inputs.probability("p", probability);
    Inputs.probability("pValue", pValue);
  }

  /**
   * The observed share {@code k / n}, SciPy's {@code statistic}; {@code NaN} when {@code n} is 0
   * (0/0).
   */
  @Override
  public double statistic() {
    return trials == 0 ? Double.NaN : (double) successes / trials;
  }

  @Override
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%d of %d (expected share %.4g), %s binomial p = %.4g",
        successes, trials, probability,
        alternative.name().toLowerCase(Locale.ROOT).replace('_', '-'), pValue);
  }
}
