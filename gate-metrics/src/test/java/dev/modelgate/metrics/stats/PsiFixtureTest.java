package dev.modelgate.metrics.stats;

import static dev.modelgate.metrics.stats.Close.assertStatistic;
import static dev.modelgate.metrics.stats.Close.assertStatistics;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PSI against the NumPy implementation in {@code gen_stats_fixtures.py} (SciPy has no PSI). */
class PsiFixtureTest {

  static List<ScipyFixture> scores() {
    return ScipyFixture.section("psi_scores");
  }

  static List<ScipyFixture> counts() {
    return ScipyFixture.section("psi_counts");
  }

  static List<ScipyFixture> histograms() {
    return ScipyFixture.section("psi_histograms");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scores")
  void should_match_numpy_psi_of_scores_over_reference_quantile_bins(ScipyFixture fixture) {
    PopulationStability psi =
        Psi.ofScores(
            fixture.doubles("reference"), fixture.doubles("comparison"),
            (int) fixture.integer("bins"));

    assertMatches(psi, fixture);
    assertThat(psi.bins()).isEqualTo(fixture.doubles("edges").length + 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counts")
  void should_match_numpy_psi_of_class_counts(ScipyFixture fixture) {
    PopulationStability psi = Psi.ofCounts(fixture.longs("reference"), fixture.longs("comparison"));

    assertMatches(psi, fixture);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histograms")
  void should_match_numpy_psi_of_histogram_buckets(ScipyFixture fixture) {
    double[] bounds = fixture.doubles("upper_bounds");

    PopulationStability psi =
        Psi.ofHistograms(
            CumulativeHistogram.of(bounds, fixture.longs("reference")),
            CumulativeHistogram.of(bounds, fixture.longs("comparison")));

    assertMatches(psi, fixture);
  }

  private static void assertMatches(PopulationStability psi, ScipyFixture fixture) {
    assertStatistic(psi.value(), fixture.number("psi"), "PSI");
    assertStatistics(psi.referenceShares(), fixture.doubles("reference_shares"), "reference");
    assertStatistics(psi.comparisonShares(), fixture.doubles("comparison_shares"), "comparison");
    assertThat(psi.tier()).isEqualTo(PsiTier.of(fixture.number("psi")));
  }
}
