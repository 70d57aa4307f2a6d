package dev.modelgate.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class AmountsTest {

  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void should_read_decimal_text_into_cents_exactly() {
    assertThat(Amounts.parse(USD, "1169", "99.95", "-0.5", "0.1", " 12.300 ", "1e3"))
        .containsExactly(116_900, 9_995, -50, 10, 1_230, 100_000);
  }

  @Test
  void should_read_into_the_minor_unit_of_the_currency() {
    assertThat(Amounts.parse(Currency.getInstance("JPY"), "1500")).containsExactly(1500);
    assertThat(Amounts.parse(Currency.getInstance("BHD"), "1.234")).containsExactly(1234);
  }

  @Test
  void should_read_the_largest_amount_a_long_holds() {
    assertThat(Amounts.parse(USD, "92233720368547758.07", "-92233720368547758.08"))
        .containsExactly(Long.MAX_VALUE, Long.MIN_VALUE);
  }

  @Test
  void should_refuse_more_decimal_places_than_the_minor_unit() {
    assertThatThrownBy(() -> Amounts.parse(USD, "1", "12.345"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amounts[1] = \"12.345\" has more than 2 decimal places, the minor unit of USD");
    assertThatThrownBy(() -> Amounts.parse(Currency.getInstance("JPY"), "0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amounts[0] = \"0.5\" has more than 0 decimal places, the minor unit of JPY");
  }

  @Test
  void should_refuse_text_that_is_not_a_decimal() {
    assertThatThrownBy(() -> Amounts.parse(USD, "10", "$10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amounts[1] = \"$10\" is not a decimal number");
  }

  @Test
  void should_refuse_an_amount_too_large_for_a_long() {
    assertThatThrownBy(() -> Amounts.parse(USD, "92233720368547758.08"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amounts[0] = \"92233720368547758.08\" does not fit in a long count of USD minor units");
  }

  @Test
  void should_refuse_a_missing_amount() {
    assertThatThrownBy(() -> Amounts.parse(USD, "1", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amounts[1] must not be null");
  }

  @Test
  void should_refuse_a_currency_without_minor_unit() {
    assertThatThrownBy(() -> Amounts.parse(Currency.getInstance("XAU"), "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency XAU has no minor unit, so amounts cannot be counted in it");
  }
}
