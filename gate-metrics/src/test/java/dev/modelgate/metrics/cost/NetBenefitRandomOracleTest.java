package dev.modelgate.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random cost matrices, rows and amounts in USD, EUR, JPY and BHD, and weighted confusion matrices,
 * checked against Python's exact {@code Decimal} (see {@code cost_fixtures.py}).
 */
class NetBenefitRandomOracleTest {

  private static final JsonNode CASES = CostFixtures.read("cost-random.json").get("cases");

  static IntStream cases() {
    return IntStream.range(0, CASES.size());
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void should_match_the_exact_decimal_oracle(int index) {
    JsonNode c = CASES.get(index);
    int k = c.get("classes").asInt();
    int[] truth = CostFixtures.ints(c.get("truth"));
    int[] predicted = CostFixtures.ints(c.get("predicted"));
    CostMatrix costs =
        CostMatrix.of(CostFixtures.decimals(c.get("values")))
            .withCurrency(c.get("currency").asText());

    NetBenefit nb;
    if (c.has("weights")) {
      double[] weights = CostFixtures.doubles(c.get("weights"));
      nb = NetBenefit.of(ConfusionMatrix.of(LabelDictionary.indices(k), truth, predicted, weights), costs);
    } else {
      costs = costs.withRates(CostFixtures.decimals(c.get("rates")));
      nb = NetBenefit.of(truth, predicted, CostFixtures.longs(c.get("amounts")), costs);
    }

    assertThat(nb.total()).isEqualByComparingTo(c.get("expected_total").asText());
    assertThat(nb.count()).isEqualByComparingTo(c.get("expected_count").asText());
    assertThat(nb.rows()).isEqualTo(truth.length);
    assertThat(nb.scaledTo(ProductionVolume.perMonth(c.get("volume").asLong()))
            .toPlainString())
        .isEqualTo(c.get("expected_scaled").asText());
    assertThat(nb.cells()).containsExactlyElementsOf(CostFixtures.cells(c.get("expected_cells")));
  }
}
