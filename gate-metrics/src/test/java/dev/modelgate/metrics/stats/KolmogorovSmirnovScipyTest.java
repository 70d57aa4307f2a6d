package dev.modelgate.metrics.stats;

import static dev.modelgate.metrics.stats.Close.assertPValue;
import static dev.modelgate.metrics.stats.Close.assertStatistic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KolmogorovSmirnovScipyTest {

  static List<ScipyFixture> samples() {
    return ScipyFixture.section("ks");
  }

  static List<ScipyFixture> histograms() {
    return ScipyFixture.section("ks_bucketed");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void should_match_scipy_ks_2samp(ScipyFixture fixture) {
    double[] reference = fixture.scores("reference");
    double[] comparison = fixture.scores("comparison");

    KolmogorovSmirnovResult result = KolmogorovSmirnov.test(reference, comparison);

    assertStatistic(result.statistic(), fixture.number("statistic"), "D");
    assertPValue(result.pValue(), fixture.number("p_value"), "p-value");
    assertThat(result.method().name()).isEqualTo(fixture.text("method"));
    assertThat(result.referenceSize()).isEqualTo(reference.length);
    assertThat(result.comparisonSize()).isEqualTo(comparison.length);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void should_give_the_same_result_with_the_samples_swapped(ScipyFixture fixture) {
    KolmogorovSmirnovResult forward =
        KolmogorovSmirnov.test(fixture.scores("reference"), fixture.scores("comparison"));
    KolmogorovSmirnovResult backward =
        KolmogorovSmirnov.test(fixture.scores("comparison"), fixture.scores("reference"));

    assertThat(backward.statistic()).isEqualTo(forward.statistic());
    assertPValue(backward.pValue(), forward.pValue(), "swapped p-value");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histograms")
  void should_match_scipy_d_of_scores_placed_at_their_bucket_bound(ScipyFixture fixture) {
    double[] bounds = fixture.doubles("upper_bounds");
    CumulativeHistogram reference = CumulativeHistogram.of(bounds, fixture.longs("reference"));
    CumulativeHistogram comparison = CumulativeHistogram.of(bounds, fixture.longs("comparison"));

    double d = KolmogorovSmirnov.bucketedStatistic(reference, comparison);

    assertStatistic(d, fixture.number("statistic"), "bucketed D");
  }
}
