package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class TestResultProperties {

  static final String SEED = "8675309";

  @Provide
  Arbitrary<double[]> scores() {
    return Arbitraries.oneOf(
            Arbitraries.doubles().between(-5, 5),
            Arbitraries.doubles().between(0, 1).ofScale(1))
        .array(double[].class).ofMinSize(2).ofMaxSize(80);
  }

  @Provide
  Arbitrary<long[]> counts() {
    return Arbitraries.longs().between(0, 5000).array(long[].class).ofSize(4)
        .filter(c -> c[0] + c[1] + c[2] + c[3] > 0);
  }

  @Property(seed = SEED)
  void should_keep_ks_d_and_p_value_within_zero_and_one(
      @ForAll("scores") double[] reference, @ForAll("scores") double[] comparison) {
    KolmogorovSmirnovResult result = KolmogorovSmirnov.test(reference, comparison);

    assertThat(result.statistic()).isBetween(0.0, 1.0);
    assertThat(result.pValue()).isBetween(0.0, 1.0);
    assertThat(KolmogorovSmirnov.test(comparison, reference).statistic())
        .isEqualTo(result.statistic());
  }

  @Property(seed = SEED)
  void should_keep_chi_square_at_least_zero_and_its_p_value_within_zero_and_one(
      @ForAll("counts") long[] champion, @ForAll("counts") long[] canary) {
    ChiSquareResult result = ChiSquareHomogeneity.test(champion, canary);

    assertThat(result.statistic()).isFinite().isGreaterThanOrEqualTo(0.0);
    assertThat(result.pValue()).isBetween(0.0, 1.0);
    assertThat(ChiSquareHomogeneity.test(champion, canary, ContinuityCorrection.YATES).pValue())
        .isGreaterThanOrEqualTo(result.pValue());
  }

  @Property(seed = SEED)
  void should_lower_the_one_sided_binomial_p_value_as_successes_grow(
      @ForAll @IntRange(min = 1, max = 3000) int n,
      @ForAll @DoubleRange(min = 0, max = 1) double p,
      @ForAll @DoubleRange(min = 0, max = 1) double at) {
    int k = (int) Math.floor(at * (n - 1));

    double greater = BinomialTest.test(k, n, p, Alternative.GREATER).pValue();
    double greaterNext = BinomialTest.test(k + 1, n, p, Alternative.GREATER).pValue();
    double less = BinomialTest.test(k, n, p, Alternative.LESS).pValue();
    double lessNext = BinomialTest.test(k + 1, n, p, Alternative.LESS).pValue();

    assertThat(greaterNext).isLessThanOrEqualTo(greater).isBetween(0.0, 1.0);
    assertThat(lessNext).isGreaterThanOrEqualTo(less).isBetween(0.0, 1.0);
    assertThat(BinomialTest.test(k, n, p, Alternative.TWO_SIDED).pValue()).isBetween(0.0, 1.0);
  }

  @Property(seed = SEED)
  void should_lower_the_margin_p_value_with_each_extra_canary_error_and_raise_it_with_the_margin(
      @ForAll @LongRange(min = 0, max = 500) long championErrors,
      @ForAll @LongRange(min = 0, max = 500) long canaryErrors,
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double share,
      @ForAll @DoubleRange(min = 0, max = 2) double margin) {
    ErrorRateComparison result =
        ErrorRateComparison.ofShare(championErrors, canaryErrors, share, margin);

    assertThat(ErrorRateComparison.ofShare(championErrors, canaryErrors + 1, share, margin)
            .pValue())
        .isLessThanOrEqualTo(result.pValue());
    assertThat(ErrorRateComparison.ofShare(championErrors, canaryErrors, share, margin + 0.1)
            .pValue())
        .isGreaterThanOrEqualTo(result.pValue());
  }

  @Property(seed = SEED)
  void should_not_lower_a_histogram_quantile_as_q_grows(
      @ForAll("counts") long[] buckets,
      @ForAll @DoubleRange(min = 0.01, max = 1) double q,
      @ForAll @DoubleRange(min = 0, max = 1) double step) {
    long[] cumulative = new long[buckets.length];
    long sum = 0;
    for (int i = 0; i < buckets.length; i++) {
      sum += buckets[i];
      cumulative[i] = sum;
    }
    CumulativeHistogram histogram =
        CumulativeHistogram.of(new double[] {0.05, 0.1, 0.5, Double.POSITIVE_INFINITY}, cumulative);
    double higher = Math.min(1.0, q + step);
    Assume.that(!Double.isNaN(histogram.quantile(q)));

    assertThat(histogram.quantile(higher)).isGreaterThanOrEqualTo(histogram.quantile(q));
  }
}
