package dev.modelgate.core.canary;

import static dev.modelgate.core.canary.Windows.observed;
import static dev.modelgate.core.canary.Windows.stats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.internal.canary.SequentialEvidence;
import dev.modelgate.core.internal.canary.WindowJudge;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sequential checks of a window: e-value against 1/α, evidence across windows, exact reasons. */
class SequentialJudgementTest {

  private static final CanaryGate ERRORS = CanaryGate.builder().clearChecks().errorRateSequential(0.05).build();
  private static final Duration SLO = Duration.ofMillis(250);
  private static final CanaryGate SLOW = CanaryGate.builder().clearChecks().latencySequential(SLO, 0.05).build();

  private static WindowResult judge(CanaryGate gate, long championErrors, long canaryErrors) {
    return WindowJudge.judge(gate, observed(stats(1600, championErrors, 20, 40, 80), stats(400, canaryErrors, 20, 40, 80)),
        1, 20);
  }

  private static ModelWindowStats slow(long requests, long over) {
    return new ModelWindowStats(requests, 0, Windows.latency(20, 40, 80), Optional.empty(), Map.of(SLO, over));
  }

  private static WindowObservation window(int index, ModelWindowStats champion, ModelWindowStats canary) {
    Window window = new Window(index, TestClock.START.plusSeconds(60L * (index - 1)), TestClock.START.plusSeconds(60L * index));
    return new WindowObservation.Observed(window, champion, canary);
  }

  @Test
  void should_pass_while_the_e_value_is_below_one_over_alpha() {
    WindowResult window = judge(ERRORS, 39, 21);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(window.reasons()).containsExactly("sequential test: e-value 12.9 < 1/α = 20 after 1 window: the canary's"
        + " share of errors (21 of 60) is not significantly above its traffic share 20%");
    CanaryCheckResult check = window.checks().get(0);
    assertThat(check.kind()).isEqualTo(CanaryCheckKind.ERROR_RATE_SEQUENTIAL);
    assertThat(check.observed()).isEqualByComparingTo("12.9156");
    assertThat(check.bound()).isEqualByComparingTo("20");
    assertThat(check.pValue()).isEqualByComparingTo("0.0774258");
  }

  @Test
  void should_fail_when_the_e_value_reaches_one_over_alpha() {
    WindowResult window = judge(ERRORS, 38, 22);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(window.reasons()).containsExactly("sequential test: e-value 26.8 ≥ 1/α = 20 after 1 window: the canary's"
        + " share of errors (22 of 60) is above its traffic share 20%");
    assertThat(window.checks().get(0).observed()).isEqualByComparingTo("26.8321");
    assertThat(window.checks().get(0).pValue()).isEqualByComparingTo("0.0372688");
  }

  @Test
  void should_accumulate_the_evidence_of_every_window_it_is_given() {
    SequentialEvidence evidence = new SequentialEvidence(ERRORS.checks());

    WindowResult first = WindowJudge.judge(ERRORS, window(1, stats(1600, 12, 20, 40, 80), stats(400, 8, 20, 40, 80)),
        1, 20, evidence);
    WindowResult second = WindowJudge.judge(ERRORS, window(2, stats(1600, 13, 20, 40, 80), stats(400, 7, 20, 40, 80)),
        1, 20, evidence);
    WindowResult third = WindowJudge.judge(ERRORS, window(3, stats(1600, 13, 20, 40, 80), stats(400, 7, 20, 40, 80)),
        1, 20, evidence);

    assertThat(first.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(second.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(third.outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(third.reasons()).containsExactly("sequential test: e-value 26.8 ≥ 1/α = 20 after 3 windows: the canary's"
        + " share of errors (22 of 60) is above its traffic share 20%");
    assertThat(evidence.windows()).containsExactly(1, 2, 3);
  }

  @Test
  void should_say_so_when_neither_model_has_erred_yet() {
    WindowResult window = judge(ERRORS, 0, 0);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(window.reasons()).containsExactly("sequential test: e-value 1 < 1/α = 20 after 1 window: no errors yet");
  }

  @Test
  void should_name_the_margin_it_allows() {
    CanaryGate gate = CanaryGate.builder().clearChecks().errorRateSequential(0.01, 0.1).build();

    WindowResult window = judge(gate, 38, 22);

    assertThat(window.reasons()).containsExactly("sequential test: e-value 11.7 < 1/α = 100 after 1 window: the canary's"
        + " share of errors (22 of 60) is not significantly above its traffic share 20% plus a margin of 10% on its rate");
  }

  @Test
  void should_show_an_e_value_beyond_the_range_of_a_double() {
    WindowResult window = WindowJudge.judge(ERRORS, observed(stats(8000, 16, 20, 40, 80), stats(2000, 2000, 20, 40, 80)),
        1, 20);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(window.reasons()).containsExactly("sequential test: e-value 5.64E+1097 ≥ 1/α = 20 after 1 window: the"
        + " canary's share of errors (2000 of 2016) is above its traffic share 20%");
    assertThat(window.checks().get(0).observed()).isEqualByComparingTo("1E+15");
    assertThat(window.checks().get(0).pValue()).isEqualByComparingTo("1E-15");
  }

  @Test
  void should_test_the_share_of_requests_over_the_slo() {
    WindowResult window = WindowJudge.judge(SLOW, observed(slow(1600, 38), slow(400, 22)), 1, 20);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(window.checks().get(0).kind()).isEqualTo(CanaryCheckKind.LATENCY_SEQUENTIAL);
    assertThat(window.reasons()).containsExactly("sequential test: e-value 26.8 ≥ 1/α = 20 after 1 window: the canary's"
        + " share of requests over 250 ms (22 of 60) is above its traffic share 20%");
  }

  @Test
  void should_be_inconclusive_when_the_source_does_not_count_requests_over_the_slo() {
    WindowResult window = WindowJudge.judge(SLOW, observed(Windows.healthy(), Windows.healthy()), 1, 20);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.INCONCLUSIVE);
    assertThat(window.reasons()).containsExactly("sequential test: the metrics source does not count requests over"
        + " 250 ms, so their share cannot be judged in this window");
  }

  @Test
  void should_fail_a_thin_window_on_the_sequential_test_alone_when_it_completes_the_evidence() {
    WindowResult window = WindowJudge.judge(ERRORS, observed(stats(200, 38, 20, 40, 80), stats(50, 22, 20, 40, 80)), 1, 20);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(window.checks()).extracting(CanaryCheckResult::kind).containsExactly(CanaryCheckKind.ERROR_RATE_SEQUENTIAL);
    assertThat(window.reasons()).containsExactly("sequential test: e-value 26.8 ≥ 1/α = 20 after 1 window: the canary's"
        + " share of errors (22 of 60) is above its traffic share 20%");
  }

  @Test
  void should_keep_a_thin_window_inconclusive_while_the_evidence_is_weak_but_count_its_errors() {
    SequentialEvidence evidence = new SequentialEvidence(ERRORS.checks());

    WindowResult thin = WindowJudge.judge(ERRORS, window(1, stats(200, 30, 20, 40, 80), stats(50, 15, 20, 40, 80)),
        1, 20, evidence);
    WindowResult next = WindowJudge.judge(ERRORS, window(2, stats(1600, 8, 20, 40, 80), stats(400, 7, 20, 40, 80)),
        1, 20, evidence);

    assertThat(thin.outcome()).isEqualTo(WindowOutcome.INCONCLUSIVE);
    assertThat(thin.checks()).isEmpty();
    assertThat(thin.reasons()).containsExactly("the canary served 50 requests, fewer than the 100 a window needs to be judged");
    assertThat(next.reasons()).containsExactly("sequential test: e-value 26.8 ≥ 1/α = 20 after 2 windows: the canary's"
        + " share of errors (22 of 60) is above its traffic share 20%");
  }
}
