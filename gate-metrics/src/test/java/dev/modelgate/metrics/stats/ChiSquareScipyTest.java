package dev.modelgate.metrics.stats;

import static dev.modelgate.metrics.stats.Close.assertPValue;
import static dev.modelgate.metrics.stats.Close.assertStatistic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChiSquareScipyTest {

  static List<ScipyFixture> tables() {
    return ScipyFixture.section("chi2");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void should_match_scipy_chi2_contingency_without_correction(ScipyFixture fixture) {
    ChiSquareResult result =
        ChiSquareHomogeneity.test(fixture.longs("champion"), fixture.longs("canary"));

    assertMatches(result, fixture, "plain");
    assertThat(result.corrected()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void should_match_scipy_chi2_contingency_with_yates_correction(ScipyFixture fixture) {
    ChiSquareResult result =
        ChiSquareHomogeneity.test(
            fixture.longs("champion"), fixture.longs("canary"), ContinuityCorrection.YATES);

    assertMatches(result, fixture, "yates");
    assertThat(result.corrected()).isEqualTo(result.degreesOfFreedom() == 1);
  }

  private static void assertMatches(ChiSquareResult result, ScipyFixture fixture, String key) {
    assertStatistic(result.statistic(), fixture.number(key + "/statistic"), "statistic");
    assertPValue(result.pValue(), fixture.number(key + "/p_value"), "p-value");
    assertThat(result.degreesOfFreedom()).isEqualTo(fixture.integer(key + "/dof"));
    assertThat(result.droppedCategories()).isEqualTo(fixture.integer("dropped"));
  }
}
