package dev.modelgate.metrics.stats;

import static dev.modelgate.metrics.stats.Close.assertStatistic;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProportionIntervalStatsmodelsTest {

  static List<StatsmodelsFixture> cases() {
    return StatsmodelsFixture.section("proportion");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_match_statsmodels_wilson(StatsmodelsFixture fixture) {
    check(fixture, ProportionInterval.Method.WILSON, "wilson");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_match_statsmodels_beta_that_is_clopper_pearson(StatsmodelsFixture fixture) {
    check(fixture, ProportionInterval.Method.CLOPPER_PEARSON, "beta");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_match_statsmodels_agresti_coull(StatsmodelsFixture fixture) {
    check(fixture, ProportionInterval.Method.AGRESTI_COULL, "agresti_coull");
  }

  private static void check(
      StatsmodelsFixture fixture, ProportionInterval.Method method, String field) {
    ProportionInterval interval =
        ProportionInterval.of(
            fixture.integer("count"), fixture.integer("nobs"), fixture.number("confidence"),
            method);
    double[] expected = fixture.doubles(field);

    assertStatistic(interval.lower(), expected[0], field + " lower");
    assertStatistic(interval.upper(), expected[1], field + " upper");
  }
}
