package dev.modelgate.metrics.stats;

import static dev.modelgate.metrics.stats.Close.assertPValue;
import static dev.modelgate.metrics.stats.Close.assertStatistic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The e-process against its definition written with SciPy's binomial pmf, to 1e-9. */
class BinomialEProcessScipyTest {

  static List<SequentialFixture> shares() {
    return SequentialFixture.section("shares");
  }

  static List<SequentialFixture> counts() {
    return SequentialFixture.section("counts");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shares")
  void should_match_the_product_of_binomial_likelihood_ratios_written_with_scipy(
      SequentialFixture fixture) {
    BinomialEProcess process = fixture.start();
    for (JsonNode w : fixture.windows()) {
      process = process.observe(w.get(0).asLong(), w.get(1).asLong(), w.get(2).asDouble());
    }

    assertMatches(process, fixture);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counts")
  void should_match_scipy_when_the_share_comes_from_request_counts(SequentialFixture fixture) {
    BinomialEProcess process = fixture.start();
    for (JsonNode w : fixture.windows()) {
      process = process.observeCounts(
          w.get(0).asLong(), w.get(1).asLong(), w.get(2).asLong(), w.get(3).asLong());
    }

    assertMatches(process, fixture);
  }

  private static void assertMatches(BinomialEProcess process, SequentialFixture fixture) {
    assertStatistic(process.logEValue(), fixture.number("log_e"), fixture.name() + " log e");
    assertStatistic(process.maxLogEValue(), fixture.number("max_log_e"), fixture.name() + " max");
    assertPValue(process.pValue(), fixture.number("p_value"), fixture.name() + " p");
  }
}
