package dev.modelgate.metrics.stats;

/**
 * The outcome of a hypothesis test: its statistic, its p-value and a sentence that says both in
 * plain words.
 *
 * <p>The p-value is the probability, under the test's null hypothesis (for example "both models'
 * scores come from one distribution"), of a statistic at least as extreme as the one observed. The
 * tests of this package never return a {@code NaN} p-value: input from which a test is undefined
 * is refused with {@link InsufficientDataException} instead. A gate rejects the null hypothesis
 * when {@code pValue() < significance}; a tie ({@code pValue() == significance}) does not reject.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface TestResult
    permits KolmogorovSmirnovResult,
        ChiSquareResult,
        BinomialResult,
        ErrorRateComparison,
        McNemarResult,
        MannWhitneyResult {

  /** The test statistic, as SciPy reports it for the same test. */
  double statistic();

  /** The p-value, in [0, 1]. */
  double pValue();

  /** The result in one plain sentence, for reports and logs. */
  String summary();
}
