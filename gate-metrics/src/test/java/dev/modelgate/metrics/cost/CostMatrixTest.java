package dev.modelgate.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.metrics.LabelDictionary;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostMatrixTest {

  private static final BinaryCosts GERMAN_CREDIT = BinaryCosts.of("0", "0", "-500", "100");

  @Test
  void should_place_binary_costs_by_a_positive_class_at_index_0() {
    LabelDictionary sorted = LabelDictionary.of("Bad", "Good");

    CostMatrix costs = CostMatrix.binary(GERMAN_CREDIT, sorted, "Bad");

    // [truth][predicted] with Bad = 0: [[tp, fn], [fp, tn]]
    assertThat(costs).isEqualTo(CostMatrix.of(new String[][] {{"0", "-500"}, {"0", "100"}}));
    assertThat(costs.value(0, 1)).isEqualByComparingTo("-500");
    assertThat(costs.value(1, 1)).isEqualByComparingTo("100");
  }

  @Test
  void should_place_binary_costs_by_a_positive_class_at_index_1() {
    CostMatrix costs = CostMatrix.binary(BinaryCosts.of("1", "2", "3", "4"), 1);

    // [truth][predicted] with positive = 1: [[tn, fp], [fn, tp]]
    assertThat(costs).isEqualTo(CostMatrix.of(new String[][] {{"4", "2"}, {"3", "1"}}));
  }

  @Test
  void should_place_binary_rates_by_the_positive_class_it_was_made_with() {
    CostMatrix costs =
        CostMatrix.binary(BinaryCosts.of("0", "0", "0", "0"), 0)
            .withRates(BinaryCosts.of("0", "0", "-1", "0.1"));

    assertThat(costs.rate(0, 1)).isEqualByComparingTo("-1");
    assertThat(costs.rate(1, 1)).isEqualByComparingTo("0.1");
    assertThat(costs.rate(0, 0)).isZero();
    assertThat(costs.hasRates()).isTrue();
    assertThat(costs.value(0, 1)).isZero();
  }

  @Test
  void should_default_to_usd_with_cents_and_no_rates() {
    CostMatrix costs = CostMatrix.binary(GERMAN_CREDIT, 0);

    assertThat(costs.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(costs.amountScale()).isEqualTo(2);
    assertThat(costs.hasRates()).isFalse();
    assertThat(costs.classes()).isEqualTo(2);
  }

  @Test
  void should_take_the_amount_scale_from_the_currency() {
    CostMatrix costs = CostMatrix.binary(GERMAN_CREDIT, 0);

    assertThat(costs.withCurrency("JPY").amountScale()).isZero();
    assertThat(costs.withCurrency("BHD").amountScale()).isEqualTo(3);
    assertThat(costs.withCurrency("EUR").currency().getCurrencyCode()).isEqualTo("EUR");
  }

  @Test
  void should_compare_cells_numerically_and_currencies_exactly() {
    CostMatrix a = CostMatrix.of(new String[][] {{"1.0", "-2"}, {"0", "3"}});
    CostMatrix b = CostMatrix.of(new String[][] {{"1.00", "-2.0"}, {"0.000", "3"}});

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(b.withCurrency("EUR"));
    assertThat(a).isNotEqualTo(a.withRates(new BigDecimal[][] {{BigDecimal.ONE, BigDecimal.ZERO},
        {BigDecimal.ZERO, BigDecimal.ZERO}}));
  }

  @Test
  void should_print_currency_values_and_rates() {
    CostMatrix costs =
        CostMatrix.binary(GERMAN_CREDIT, 0).withRates(BinaryCosts.of("0", "0", "-1", "0.1"));

    assertThat(costs).hasToString(
        "CostMatrix[USD, values [[0, -500], [0, 100]], rates [[0, -1], [0, 0.1]]]");
    assertThat(CostMatrix.binary(GERMAN_CREDIT, 0)).hasToString(
        "CostMatrix[USD, values [[0, -500], [0, 100]]]");
  }

  @Test
  void should_keep_its_cells_when_the_source_array_changes() {
    BigDecimal[][] values = {{BigDecimal.ONE, BigDecimal.ZERO}, {BigDecimal.ZERO, BigDecimal.ONE}};
    CostMatrix costs = CostMatrix.of(values);

    values[0][0] = BigDecimal.TEN;

    assertThat(costs.value(0, 0)).isEqualByComparingTo("1");
  }
}
