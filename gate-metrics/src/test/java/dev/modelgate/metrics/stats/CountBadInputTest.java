package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CountBadInputTest {

  @Test
  void should_refuse_psi_counts_of_different_lengths() {
    assertThatThrownBy(() -> Psi.ofCounts(new long[] {5, 3, 2}, new long[] {5, 5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference has 3 categories but comparison has 2");
  }

  @Test
  void should_refuse_chi_square_rows_of_different_lengths() {
    assertThatThrownBy(() -> ChiSquareHomogeneity.test(new long[] {5, 3}, new long[] {5, 5, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("champion has 2 categories but canary has 3");
  }

  @Test
  void should_name_index_and_value_of_a_negative_count() {
    assertThatThrownBy(() -> ChiSquareHomogeneity.test(new long[] {5, 3}, new long[] {5, -4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("canary[1] = -4 is not a count >= 0");
    assertThatThrownBy(() -> Psi.ofCounts(new long[] {-1, 3}, new long[] {5, 4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference[0] = -1 is not a count >= 0");
  }

  @Test
  void should_name_label_and_value_of_a_negative_count_by_label() {
    assertThatThrownBy(
            () -> Psi.ofCounts(Map.of("good", 10L), Map.of("good", 3L, "bad", -1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comparison[\"bad\"] = -1 is not a count >= 0");
  }

  @Test
  void should_refuse_a_probability_outside_zero_and_one() {
    assertThatThrownBy(() -> BinomialTest.test(3, 10, 1.5, Alternative.GREATER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p = 1.5 is not a probability in [0, 1]");
    assertThatThrownBy(() -> BinomialTest.test(3, 10, Double.NaN, Alternative.TWO_SIDED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p = NaN is not a probability in [0, 1]");
  }

  @Test
  void should_refuse_more_successes_than_trials() {
    assertThatThrownBy(() -> BinomialTest.test(7, 5, 0.5, Alternative.GREATER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k = 7 is more than n = 5");
  }

  @Test
  void should_refuse_negative_successes_and_too_many_trials() {
    assertThatThrownBy(() -> BinomialTest.test(-1, 5, 0.5, Alternative.GREATER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k = -1 is not a count >= 0");
    assertThatThrownBy(() -> BinomialTest.test(1, 3_000_000_000L, 0.5, Alternative.LESS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "n = 3000000000 is more than 2147483647, the most trials the binomial distribution"
                + " supports");
  }

  @Test
  void should_refuse_more_errors_than_requests() {
    assertThatThrownBy(() -> ErrorRateComparison.of(100, 2, 3, 5, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("canaryErrors = 5 is more than canaryRequests = 3");
  }

  @Test
  void should_refuse_a_traffic_share_outside_the_open_unit_interval() {
    assertThatThrownBy(() -> ErrorRateComparison.ofShare(4, 2, 1.0, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("canaryShare = 1.0 is not a traffic share in (0, 1)");
  }

  @Test
  void should_refuse_a_negative_margin_and_a_significance_outside_zero_and_one() {
    assertThatThrownBy(() -> ErrorRateComparison.ofShare(4, 2, 0.2, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("margin = -0.1 is not a finite margin >= 0");
    ErrorRateComparison comparison = ErrorRateComparison.ofShare(4, 2, 0.2, 0.1);
    assertThatThrownBy(() -> comparison.worseBeyondMargin(0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("significance = 0.0 is not a level in (0, 1)");
  }
}
