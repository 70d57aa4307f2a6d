package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "+2.5", "0.75", ".5", "5.", "1e-3", "2E+10", "-0.0"})
  void should_accept_decimal_numbers(String text) {
    assertThat(DecimalText.isDecimal(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1d", "1f", "0x1p3", " 1", "1 ", "1e", ".", "-", "1,5", "NaN"})
  void should_refuse_what_is_not_a_plain_decimal_number(String text) {
    assertThat(DecimalText.isDecimal(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "nan", "inf", "-Infinity", "+INF"})
  void should_recognise_non_finite_values(String text) {
    assertThat(DecimalText.isNonFinite(text)).isTrue();
  }
}
