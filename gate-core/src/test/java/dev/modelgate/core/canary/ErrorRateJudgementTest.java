package dev.modelgate.core.canary;

import static dev.modelgate.core.canary.Windows.observed;
import static dev.modelgate.core.canary.Windows.stats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.internal.canary.WindowJudge;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The error-rate checks of a window: absolute, and against the champion with the counts. */
class ErrorRateJudgementTest {

  private static final CanaryGate MAX_ONLY = CanaryGate.builder().clearChecks().maxErrorRate(0.05).build();
  private static final CanaryGate VERSUS = CanaryGate.builder().clearChecks().errorRateVsChampion(0, 0.01).build();

  private static WindowResult judge(CanaryGate gate, long championRequests, long championErrors,
      long canaryRequests, long canaryErrors) {
    return WindowJudge.judge(gate, observed(stats(championRequests, championErrors, 20, 40, 80),
        stats(canaryRequests, canaryErrors, 20, 40, 80)), 1, 20);
  }

  @Test
  void should_pass_an_error_rate_below_the_bound() {
    WindowResult window = judge(MAX_ONLY, 4000, 40, 1000, 12);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(window.reasons()).containsExactly("canary error rate 0.0120 (12 of 1000) is at most 0.05");
  }

  @Test
  void should_fail_an_error_rate_above_the_bound() {
    WindowResult window = judge(MAX_ONLY, 4000, 40, 1000, 60);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(window.reasons()).containsExactly("canary error rate 0.0600 (60 of 1000) is above 0.05");
    assertThat(window.checks().get(0).observed()).isEqualByComparingTo("0.06");
    assertThat(window.checks().get(0).bound()).isEqualByComparingTo("0.05");
  }

  @Test
  void should_pass_an_error_rate_that_ties_the_bound() {
    WindowResult window = judge(MAX_ONLY, 4000, 40, 1000, 50);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(window.reasons()).containsExactly("canary error rate 0.0500 (50 of 1000) is at most 0.05");
  }

  @Test
  void should_pass_a_canary_whose_share_of_errors_is_its_share_of_traffic() {
    WindowResult window = judge(VERSUS, 1600, 16, 400, 4);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(window.reasons()).containsExactly("canary error rate 0.0100 (4 of 400) is not significantly"
        + " above champion 0.0100 (16 of 1600): binomial p = 0.59 is at least 0.01");
  }

  @Test
  void should_pass_a_canary_with_twice_the_errors_when_the_counts_do_not_yet_show_it() {
    WindowResult window = judge(VERSUS, 1600, 16, 400, 8);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(window.checks().get(0).pValue().doubleValue()).isCloseTo(0.0891712588, within());
    assertThat(window.reasons()).containsExactly("canary error rate 0.0200 (8 of 400) is not significantly"
        + " above champion 0.0100 (16 of 1600): binomial p = 0.089 is at least 0.01");
  }

  @Test
  void should_fail_a_canary_whose_errors_are_significantly_above_the_champions() {
    WindowResult window = judge(VERSUS, 1600, 16, 400, 16);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(window.checks().get(0).pValue().doubleValue()).isCloseTo(1.4359483e-4, within());
    assertThat(window.reasons()).containsExactly("canary error rate 0.0400 (16 of 400) is significantly"
        + " above champion 0.0100 (16 of 1600): binomial p = 0.00014 is below 0.01");
  }

  @Test
  void should_allow_the_margin_it_is_given() {
    CanaryGate gate = CanaryGate.builder().clearChecks().errorRateVsChampion(2.0, 0.01).build();

    WindowResult window = judge(gate, 1600, 16, 400, 16);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(window.reasons()).containsExactly("canary error rate 0.0400 (16 of 400) is not significantly"
        + " above champion 0.0100 (16 of 1600) plus 200%: binomial p = 0.26 is at least 0.01");
  }

  @Test
  void should_pass_a_window_without_errors_on_either_model() {
    WindowResult window = judge(VERSUS, 1600, 0, 400, 0);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(window.checks().get(0).pValue()).isEqualByComparingTo("1");
  }

  private static Offset<Double> within() {
    return Offset.offset(1e-9);
  }
}
