package dev.modelgate.metrics.stats;

import static dev.modelgate.metrics.stats.Close.assertPValue;
import static dev.modelgate.metrics.stats.Close.assertStatistic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BinomialScipyTest {

  static List<ScipyFixture> tests() {
    return ScipyFixture.section("binomial");
  }

  static List<ScipyFixture> errorRates() {
    return ScipyFixture.section("error_rate");
  }

  @ParameterizedTest(name = "k={0}")
  @MethodSource("tests")
  void should_match_scipy_binomtest_for_every_alternative(ScipyFixture fixture) {
    long k = fixture.integer("k");
    long n = fixture.integer("n");
    double p = fixture.number("p");

    assertPValue(BinomialTest.test(k, n, p, Alternative.GREATER).pValue(),
        fixture.number("greater"), k + " of " + n + " at " + p + " greater");
    assertPValue(BinomialTest.test(k, n, p, Alternative.LESS).pValue(),
        fixture.number("less"), k + " of " + n + " at " + p + " less");
    assertPValue(BinomialTest.test(k, n, p, Alternative.TWO_SIDED).pValue(),
        fixture.number("two-sided"), k + " of " + n + " at " + p + " two-sided");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorRates")
  void should_match_the_margin_test_written_with_scipy(ScipyFixture fixture) {
    long championErrors = fixture.integer("champion_errors");
    long canaryErrors = fixture.integer("canary_errors");
    double margin = fixture.number("margin");

    ErrorRateComparison result =
        fixture.has("canary_share")
            ? ErrorRateComparison.ofShare(
                championErrors, canaryErrors, fixture.number("canary_share"), margin)
            : ErrorRateComparison.of(
                fixture.integer("champion_requests"), championErrors,
                fixture.integer("canary_requests"), canaryErrors, margin);

    assertStatistic(result.nullShare(), fixture.number("null_share"), "null share");
    assertPValue(result.pValue(), fixture.number("p_value"), "p-value");
    assertThat(result.totalErrors()).isEqualTo(championErrors + canaryErrors);
    assertThat(result.canaryErrors()).isEqualTo(canaryErrors);
  }
}
