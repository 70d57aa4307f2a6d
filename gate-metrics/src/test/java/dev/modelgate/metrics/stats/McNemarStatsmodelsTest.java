package dev.modelgate.metrics.stats;

import static dev.modelgate.metrics.stats.Close.assertPValue;
import static dev.modelgate.metrics.stats.Close.assertStatistic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class McNemarStatsmodelsTest {

  static List<StatsmodelsFixture> cases() {
    return StatsmodelsFixture.section("mcnemar");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_match_statsmodels_exact_mcnemar(StatsmodelsFixture fixture) {
    McNemarResult result = McNemar.exact(fixture.integer("b"), fixture.integer("c"));

    assertThat(result.statistic()).isEqualTo(fixture.number("exact_statistic"));
    assertPValue(result.pValue(), fixture.number("exact_p"), "exact p");
    assertThat(result.method()).isEqualTo(McNemarResult.Method.EXACT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_match_statsmodels_chi_square_without_correction(StatsmodelsFixture fixture) {
    McNemarResult result =
        McNemar.chiSquare(fixture.integer("b"), fixture.integer("c"), ContinuityCorrection.NONE);

    if (fixture.isNull("chi2_p")) {
      assertThat(result.statistic()).isZero();
      assertThat(result.pValue()).isEqualTo(1.0);
      return;
    }
    assertStatistic(result.statistic(), fixture.number("chi2_statistic"), "chi-square");
    assertPValue(result.pValue(), fixture.number("chi2_p"), "chi-square p");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_match_statsmodels_chi_square_with_correction_except_where_b_equals_c(
      StatsmodelsFixture fixture) {
    long b = fixture.integer("b");
    long c = fixture.integer("c");
    McNemarResult result = McNemar.chiSquare(b, c, ContinuityCorrection.YATES);

    if (fixture.isNull("corrected_p")) {
      assertThat(b).isEqualTo(c);
      assertThat(result.statistic()).isZero();
      assertThat(result.pValue()).isEqualTo(1.0);
      return;
    }
    assertStatistic(result.statistic(), fixture.number("corrected_statistic"), "corrected");
    assertPValue(result.pValue(), fixture.number("corrected_p"), "corrected p");
    assertThat(result.method()).isEqualTo(McNemarResult.Method.CHI_SQUARE_CORRECTED);
  }
}
