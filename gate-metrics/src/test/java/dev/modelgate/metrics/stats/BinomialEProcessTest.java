package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The e-process in closed form: {@code LR(c) = c^X (D₀/D_c)^N} with {@code D = 1 + s(ρ − 1)}, its
 * documented examples, the tie at 1/α, and its refusals.
 */
class BinomialEProcessTest {

  private static final RateRatioMixture TRIPLE = RateRatioMixture.of(new double[] {3}, new double[] {1});

  @Test
  void should_start_at_an_e_value_of_one_with_nothing_to_reject() {
    BinomialEProcess process = BinomialEProcess.start(0);

    assertThat(process.eValue()).isEqualTo(1.0);
    assertThat(process.pValue()).isEqualTo(1.0);
    assertThat(process.rejects(0.5)).isFalse();
    assertThat(process.eventShare()).isNaN();
    assertThat(process.trafficShare()).isNaN();
  }

  @Test
  void should_multiply_by_c_for_each_canary_event_and_by_d0_over_dc_for_each_event() {
    // share 0.25, c = 3, margin 0: D0 = 1, Dc = 1.5, so 4 of 4 give 3^4 / 1.5^4 = 16 and 1 of 4 gives 3 / 5.0625
    BinomialEProcess allFour = BinomialEProcess.start(0, TRIPLE).observe(4, 4, 0.25);
    BinomialEProcess oneOfFour = BinomialEProcess.start(0, TRIPLE).observe(1, 4, 0.25);

    assertThat(allFour.eValue()).isCloseTo(16.0, within(1e-12));
    assertThat(oneOfFour.eValue()).isCloseTo(3 / 5.0625, within(1e-12));
  }

  @Test
  void should_reject_at_the_tie_with_one_over_alpha() {
    BinomialEProcess process = BinomialEProcess.start(0, TRIPLE).observe(4, 4, 0.25);

    assertThat(process.rejects(1.0 / 16)).isTrue();
    assertThat(process.rejects(1.0 / 17)).isFalse();
    assertThat(process.pValue()).isCloseTo(1.0 / 16, within(1e-15));
  }

  @Test
  void should_give_the_documented_e_values_for_sixty_errors_at_a_fifth_of_the_traffic() {
    BinomialEProcess passing = BinomialEProcess.start(0).observe(22, 60, 0.2);
    BinomialEProcess failing = BinomialEProcess.start(0).observe(21, 60, 0.2);
    BinomialEProcess fair = BinomialEProcess.start(0).observe(12, 60, 0.2);

    assertThat(passing.eValue()).isCloseTo(26.832130579838502, within(1e-9));
    assertThat(passing.rejects(0.05)).isTrue();
    assertThat(failing.eValue()).isCloseTo(12.915587340031118, within(1e-9));
    assertThat(failing.rejects(0.05)).isFalse();
    assertThat(fair.eValue()).isCloseTo(0.21312761148657755, within(1e-12));
  }

  @Test
  void should_not_depend_on_how_events_at_one_share_are_split_into_windows() {
    BinomialEProcess once = BinomialEProcess.start(0.1).observe(22, 60, 0.2);
    BinomialEProcess thrice = BinomialEProcess.start(0.1).observe(8, 20, 0.2).observe(7, 20, 0.2).observe(7, 20, 0.2);

    assertThat(thrice.logEValue()).isCloseTo(once.logEValue(), within(1e-12));
    assertThat(thrice.observations()).isEqualTo(3);
    assertThat(thrice.canaryEvents()).isEqualTo(22);
    assertThat(thrice.totalEvents()).isEqualTo(60);
  }

  @Test
  void should_keep_the_largest_e_value_for_the_p_value_and_the_rejection() {
    BinomialEProcess process = BinomialEProcess.start(0).observe(22, 60, 0.2).observe(0, 200, 0.2);

    assertThat(process.eValue()).isLessThan(1.0);
    assertThat(process.rejects(0.05)).isTrue();
    assertThat(process.pValue()).isCloseTo(1 / 26.832130579838502, within(1e-12));
  }

  @Test
  void should_average_the_traffic_share_over_the_events() {
    BinomialEProcess process = BinomialEProcess.start(0).observe(1, 10, 0.05).observe(15, 30, 0.5);

    assertThat(process.trafficShare()).isCloseTo((10 * 0.05 + 30 * 0.5) / 40, within(1e-15));
    assertThat(process.eventShare()).isEqualTo(0.4);
  }

  @Test
  void should_take_the_share_from_request_counts_and_skip_a_window_without_canary_traffic() {
    BinomialEProcess counted = BinomialEProcess.start(0).observeCounts(1600, 16, 400, 16);
    BinomialEProcess shared = BinomialEProcess.start(0).observe(16, 32, 0.2);
    BinomialEProcess idle = BinomialEProcess.start(0).observeCounts(2000, 20, 0, 0);

    assertThat(counted.logEValue()).isEqualTo(shared.logEValue());
    assertThat(idle.eValue()).isEqualTo(1.0);
    assertThat(idle.observations()).isEqualTo(1);
    assertThat(idle.totalEvents()).isZero();
  }

  @Test
  void should_stay_finite_in_log_where_the_e_value_overflows() {
    BinomialEProcess process = BinomialEProcess.start(0).observe(2000, 2080, 0.2);

    assertThat(process.eValue()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(process.logEValue()).isFinite().isGreaterThan(709);
    assertThat(process.pValue()).isZero();
  }

  @Test
  void should_say_what_it_saw_in_one_sentence() {
    BinomialEProcess process = BinomialEProcess.start(0).observe(8, 20, 0.2).observe(7, 20, 0.2).observe(7, 20, 0.2);

    assertThat(process.summary())
        .isEqualTo("22 of 60 events on the canary at a traffic share of 20.0%: e-value 26.8 after 3 observations");
  }

  @Test
  void should_refuse_bad_counts_shares_margins_and_levels_naming_the_value() {
    BinomialEProcess process = BinomialEProcess.start(0);

    assertThatThrownBy(() -> process.observe(-1, 3, 0.2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("canaryEvents = -1 is not a count >= 0");
    assertThatThrownBy(() -> process.observe(4, 3, 0.2))
        .hasMessage("canaryEvents = 4 is more than totalEvents = 3");
    assertThatThrownBy(() -> process.observe(1, 3, 1.0))
        .hasMessage("canaryShare = 1.0 is not a traffic share in (0, 1)");
    assertThatThrownBy(() -> process.observeCounts(10, 11, 5, 0))
        .hasMessage("championEvents = 11 is more than championRequests = 10");
    assertThatThrownBy(() -> BinomialEProcess.start(Double.NaN))
        .hasMessage("margin = NaN is not a finite margin >= 0");
    assertThatThrownBy(() -> process.rejects(1.0))
        .hasMessage("alpha = 1.0 is not a false-alarm rate in (0, 1)");
  }
}
