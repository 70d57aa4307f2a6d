package dev.modelgate.metrics.cost;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.LabelDictionary;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostMatrixValidationTest {

  private static final BinaryCosts COSTS = BinaryCosts.of("0", "0", "-500", "100");
  private static final BigDecimal ONE = BigDecimal.ONE;

  @Test
  void should_name_the_row_and_the_expected_size_of_a_ragged_matrix() {
    assertThatThrownBy(() -> CostMatrix.of(new BigDecimal[][] {{ONE, ONE}, {ONE, ONE, ONE}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[1] has 3 columns, expected 2 (a square matrix)");
  }

  @Test
  void should_refuse_a_matrix_without_classes() {
    assertThatThrownBy(() -> CostMatrix.of(new BigDecimal[0][]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values has 0 rows: a cost matrix needs at least one class");
  }

  @Test
  void should_name_a_null_cell() {
    assertThatThrownBy(() -> CostMatrix.of(new BigDecimal[][] {{ONE, ONE}, {null, ONE}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[1][0] must not be null");
  }

  @Test
  void should_name_the_cell_whose_text_is_not_a_decimal() {
    assertThatThrownBy(() -> CostMatrix.of(new String[][] {{"0", "-5"}, {"one", "0"}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[1][0] = \"one\" is not a decimal number");
  }

  @Test
  void should_name_the_rows_and_the_expected_size_of_rates_of_another_shape() {
    CostMatrix costs = CostMatrix.binary(COSTS, 0);

    assertThatThrownBy(() -> costs.withRates(new BigDecimal[][] {{ONE, ONE}, {ONE, ONE}, {ONE, ONE}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rates has 3 rows, expected 2 (the classes of the cost matrix)");
    assertThatThrownBy(() -> costs.withRates(new BigDecimal[][] {{ONE, ONE}, {ONE}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rates[1] has 1 columns, expected 2 (the classes of the cost matrix)");
  }

  @Test
  void should_refuse_a_positive_index_outside_the_two_classes() {
    assertThatThrownBy(() -> CostMatrix.binary(COSTS, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("positive = 2 is not a class index in [0, 2)");
    assertThatThrownBy(() -> CostMatrix.binary(COSTS, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("positive = -1 is not a class index in [0, 2)");
  }

  @Test
  void should_refuse_a_positive_label_that_is_not_declared() {
    assertThatThrownBy(() -> CostMatrix.binary(COSTS, LabelDictionary.of("Bad", "Good"), "Ugly"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label \"Ugly\" is not one of the declared labels [Bad, Good]");
  }

  @Test
  void should_refuse_binary_costs_over_more_than_two_labels() {
    assertThatThrownBy(() -> CostMatrix.binary(COSTS, LabelDictionary.of("a", "b", "c"), "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a binary cost matrix needs 2 classes but labels [a, b, c] has 3");
  }

  @Test
  void should_refuse_binary_rates_on_a_matrix_that_does_not_know_its_positive_class() {
    CostMatrix costs = CostMatrix.of(new String[][] {{"0", "-500"}, {"0", "100"}});

    assertThatThrownBy(() -> costs.withRates(BinaryCosts.of("0", "0", "-1", "0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rates from BinaryCosts need a matrix made by CostMatrix.binary, which knows the"
                + " positive class");
  }

  @Test
  void should_refuse_an_unknown_currency_and_one_without_minor_unit() {
    CostMatrix costs = CostMatrix.binary(COSTS, 0);

    assertThatThrownBy(() -> costs.withCurrency("DOLLARS"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency \"DOLLARS\" is not an ISO 4217 code");
    assertThatThrownBy(() -> costs.withCurrency("XAU"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency XAU has no minor unit, so amounts cannot be counted in it");
  }
}
