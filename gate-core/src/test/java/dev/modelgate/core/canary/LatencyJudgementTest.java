package dev.modelgate.core.canary;

import static dev.modelgate.core.canary.Windows.observed;
import static dev.modelgate.core.canary.Windows.stats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.internal.canary.WindowJudge;
import dev.modelgate.core.spi.ModelWindowStats;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The latency checks of a window: a percentile absolute, and against the champion's. */
class LatencyJudgementTest {

  private static final CanaryGate ABSOLUTE =
      CanaryGate.builder().clearChecks().maxLatency(Percentile.P99, Duration.ofMillis(250)).build();
  private static final CanaryGate RELATIVE =
      CanaryGate.builder().clearChecks().maxLatencyRatio(Percentile.P99, 1.25).build();

  private static WindowResult judge(CanaryGate gate, double championP99, double canaryP99) {
    return WindowJudge.judge(
        gate, observed(stats(1000, 0, 20, 40, championP99), stats(1000, 0, 20, 40, canaryP99)), 1, 20);
  }

  @Test
  void should_pass_fail_and_pass_the_tie_of_an_absolute_bound() {
    assertThat(judge(ABSOLUTE, 100, 240).reasons()).containsExactly("canary p99 latency 240 ms is at most 250 ms");
    assertThat(judge(ABSOLUTE, 100, 260.5).reasons()).containsExactly("canary p99 latency 260.5 ms is above 250 ms");
    assertThat(judge(ABSOLUTE, 100, 260.5).outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(judge(ABSOLUTE, 100, 250).outcome()).isEqualTo(WindowOutcome.PASS);
  }

  @Test
  void should_pass_fail_and_pass_the_tie_of_a_bound_relative_to_the_champion() {
    assertThat(judge(RELATIVE, 200, 240).reasons())
        .containsExactly("canary p99 latency 240 ms is at most 1.25 × champion 200 ms");
    assertThat(judge(RELATIVE, 200, 260).reasons())
        .containsExactly("canary p99 latency 260 ms is above 1.25 × champion 200 ms");
    assertThat(judge(RELATIVE, 200, 260).outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(judge(RELATIVE, 200, 250).outcome()).isEqualTo(WindowOutcome.PASS);
  }

  @Test
  void should_record_the_observed_latency_the_bound_and_the_champions_latency() {
    CanaryCheckResult check = judge(RELATIVE, 200, 260).checks().get(0);

    assertThat(check.kind()).isEqualTo(CanaryCheckKind.LATENCY_VS_CHAMPION);
    assertThat(check.percentile()).isEqualTo(Percentile.P99);
    assertThat(check.observed()).isEqualByComparingTo("260");
    assertThat(check.bound()).isEqualByComparingTo("1.25");
    assertThat(check.champion()).isEqualByComparingTo("200");
  }

  @Test
  void should_be_inconclusive_when_the_source_reports_no_latency() {
    ModelWindowStats noLatency = new ModelWindowStats(1000, 0, Map.of(), Optional.empty());

    WindowResult canaryMissing =
        WindowJudge.judge(RELATIVE, observed(stats(1000, 0, 20, 40, 80), noLatency), 1, 20);
    WindowResult championMissing =
        WindowJudge.judge(RELATIVE, observed(noLatency, stats(1000, 0, 20, 40, 80)), 1, 20);

    assertThat(canaryMissing.outcome()).isEqualTo(WindowOutcome.INCONCLUSIVE);
    assertThat(canaryMissing.reasons()).containsExactly("canary p99 latency is missing from the metrics source");
    assertThat(championMissing.reasons()).containsExactly("champion p99 latency is missing from the metrics source");
  }

  @Test
  void should_fail_a_window_where_one_check_fails_even_when_another_is_inconclusive() {
    CanaryGate gate = CanaryGate.builder().clearChecks()
        .maxLatency(Percentile.P99, Duration.ofMillis(250))
        .maxLatencyRatio(Percentile.P50, 1.1)
        .build();
    ModelWindowStats champion = new ModelWindowStats(1000, 0, Map.of(), Optional.empty());

    WindowResult window = WindowJudge.judge(gate, observed(champion, stats(1000, 0, 20, 40, 300)), 1, 20);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(window.reasons()).containsExactly("canary p99 latency 300 ms is above 250 ms");
    assertThat(window.checks()).extracting(CanaryCheckResult::outcome)
        .containsExactly(WindowOutcome.INCONCLUSIVE, WindowOutcome.FAIL);
  }
}
