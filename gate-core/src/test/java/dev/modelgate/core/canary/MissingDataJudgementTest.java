package dev.modelgate.core.canary;

import static dev.modelgate.core.canary.Windows.FIRST;
import static dev.modelgate.core.canary.Windows.observed;
import static dev.modelgate.core.canary.Windows.stats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.internal.canary.WindowJudge;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.WindowObservation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Missing or thin data makes a window inconclusive with its own reason, never a pass. */
class MissingDataJudgementTest {

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(MissingKind.NO_TRAFFIC, "no traffic in the window: the canary served no requests"),
        Arguments.of(MissingKind.EMPTY_RESULT, "the metrics source returned no data: the canary served no requests"),
        Arguments.of(MissingKind.NOT_A_NUMBER,
            "the metrics source returned a value that is not a number: the canary served no requests"),
        Arguments.of(MissingKind.SOURCE_ERROR, "the metrics source failed: the canary served no requests"),
        Arguments.of(MissingKind.TIMEOUT, "the metrics source did not answer in time: the canary served no requests"));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void should_make_every_kind_of_missing_data_inconclusive_with_its_own_reason(MissingKind kind, String reason) {
    WindowResult window = WindowJudge.judge(
        CanaryGate.defaults(), new WindowObservation.Missing(FIRST, kind, "the canary served no requests"), 1, 20);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.INCONCLUSIVE);
    assertThat(window.missing()).isEqualTo(kind);
    assertThat(window.reasons()).containsExactly(reason);
    assertThat(window.checks()).isEmpty();
    assertThat(window.counts()).isNull();
  }

  @Test
  void should_leave_out_an_empty_detail() {
    WindowResult window = WindowJudge.judge(
        CanaryGate.defaults(), new WindowObservation.Missing(FIRST, MissingKind.TIMEOUT, ""), 1, 20);

    assertThat(window.reasons()).containsExactly("the metrics source did not answer in time");
  }

  @Test
  void should_not_judge_a_window_where_a_model_served_too_few_requests() {
    WindowResult window = WindowJudge.judge(
        CanaryGate.defaults(), observed(stats(99, 0, 20, 40, 80), stats(1, 1, 20, 40, 80)), 1, 20);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.INCONCLUSIVE);
    assertThat(window.reasons()).containsExactly(
        "the champion served 99 requests, fewer than the 100 a window needs to be judged",
        "the canary served 1 request, fewer than the 100 a window needs to be judged");
    assertThat(window.checks()).isEmpty();
    assertThat(window.counts()).isEqualTo(new TrafficCounts(99, 0, 1, 1));
  }

  @Test
  void should_judge_a_window_with_exactly_the_minimum_of_requests() {
    CanaryGate gate = CanaryGate.builder().clearChecks().maxErrorRate(0.05).build();

    WindowResult window = WindowJudge.judge(gate, observed(stats(100, 0, 20, 40, 80), stats(100, 0, 20, 40, 80)), 1, 20);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
  }

  @Test
  void should_be_inconclusive_when_predictions_are_missing_for_a_distribution_check() {
    CanaryGate gate = CanaryGate.builder().clearChecks().maxErrorRate(0.05).maxPsi(0.25).build();

    WindowResult window = WindowJudge.judge(gate, observed(Windows.healthy(), Windows.healthy()), 1, 20);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.INCONCLUSIVE);
    assertThat(window.reasons()).containsExactly("the canary reports no predictions, so the PSI check cannot be judged");
    assertThat(window.checks()).extracting(CanaryCheckResult::outcome)
        .containsExactly(WindowOutcome.PASS, WindowOutcome.INCONCLUSIVE);
  }
}
