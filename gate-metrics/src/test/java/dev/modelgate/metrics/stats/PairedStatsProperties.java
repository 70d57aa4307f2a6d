package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PairedStatsProperties {

  static final String SEED = "20240614";

  @Property(seed = SEED)
  void should_keep_mcnemar_symmetric_and_the_corrected_p_value_at_least_the_plain_one(
      @ForAll @LongRange(min = 0, max = 5000) long b,
      @ForAll @LongRange(min = 0, max = 5000) long c) {
    McNemarResult exact = McNemar.exact(b, c);
    McNemarResult plain = McNemar.chiSquare(b, c, ContinuityCorrection.NONE);
    McNemarResult corrected = McNemar.chiSquare(b, c, ContinuityCorrection.YATES);

    assertThat(exact.pValue()).isBetween(0.0, 1.0).isEqualTo(McNemar.exact(c, b).pValue());
    assertThat(plain.pValue())
        .isEqualTo(McNemar.chiSquare(c, b, ContinuityCorrection.NONE).pValue());
    assertThat(corrected.pValue()).isGreaterThanOrEqualTo(plain.pValue());
    assertThat(McNemar.exact(b, c + 1, Alternative.GREATER).pValue())
        .isLessThanOrEqualTo(McNemar.exact(b, c, Alternative.GREATER).pValue());
  }

  @Property(seed = SEED)
  void should_contain_the_observed_proportion_and_widen_with_the_confidence(
      @ForAll @IntRange(min = 1, max = 100_000) int trials,
      @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll @DoubleRange(min = 0.5, max = 0.98) double confidence) {
    long successes = Math.round(share * trials);
    for (ProportionInterval.Method method : ProportionInterval.Method.values()) {
      ProportionInterval interval = ProportionInterval.of(successes, trials, confidence, method);
      ProportionInterval wider =
          ProportionInterval.of(successes, trials, confidence + 0.01, method);

      assertThat(interval.lower()).isBetween(0.0, 1.0);
      assertThat(interval.upper()).isBetween(interval.lower(), 1.0);
      if (method != ProportionInterval.Method.AGRESTI_COULL) {
        assertThat(interval.contains(interval.estimate())).as(method.name()).isTrue();
      }
      assertThat(wider.lower()).isLessThanOrEqualTo(interval.lower());
      assertThat(wider.upper()).isGreaterThanOrEqualTo(interval.upper());
    }
  }

  @Property(seed = SEED, tries = 300)
  void should_keep_mann_whitney_u_and_p_in_range_and_mirror_the_one_sided_tests(
      @ForAll("small") double[] x, @ForAll("small") double[] y) {
    MannWhitneyResult greater = MannWhitney.test(x, y, Alternative.GREATER);
    MannWhitneyResult less = MannWhitney.test(y, x, Alternative.LESS);

    assertThat(greater.statistic()).isBetween(0.0, (double) x.length * y.length);
    assertThat(MannWhitney.test(x, y).pValue()).isBetween(0.0, 1.0);
    assertThat(greater.pValue()).isCloseTo(less.pValue(), within(1e-12));
  }

  @Provide
  Arbitrary<double[]> small() {
    return Arbitraries.doubles().between(-3, 3).ofScale(1)
        .array(double[].class).ofMinSize(1).ofMaxSize(12);
  }
}
