package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.modelgate.core.report.Reports;
import dev.modelgate.core.spi.CanaryMetrics;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canary run with sequential tests: it rolls back as soon as the evidence is strong, across steps. */
class SequentialCanaryRunTest {

  private final TestClock clock = new TestClock();
  private final TrafficRouterStub router = new TrafficRouterStub();

  private CanaryVerdict run(CanaryGate gate, CanaryMetrics metrics) {
    return CanaryAnalysis.builder().gate(gate).model("credit-risk", "2", "1").router(router).metrics(metrics)
        .clock(clock).waiter(clock.waiter()).libraryVersion("test").build().run();
  }

  @Test
  void should_roll_back_on_strong_evidence_while_every_fixed_window_test_passes() {
    CanaryGate gate = CanaryGate.builder().clearChecks().errorRateVsChampion(0, 0.01).errorRateSequential(0.05)
        .windowsPerStep(10).build();

    CanaryVerdict verdict = run(gate, CountedMetrics.rates(router, 2_000, 0.01, 0.02));

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.ROLLBACK);
    assertThat(verdict.state()).isEqualTo(CanaryState.ROLLED_BACK);
    assertThat(verdict.windows()).extracting(WindowResult::outcome).containsExactly(
        WindowOutcome.PASS, WindowOutcome.PASS, WindowOutcome.PASS, WindowOutcome.FAIL);
    assertThat(verdict.windows().get(3).checks()).extracting(CanaryCheckResult::kind, CanaryCheckResult::outcome)
        .containsExactly(
            tuple(CanaryCheckKind.ERROR_RATE_VS_CHAMPION, WindowOutcome.PASS),
            tuple(CanaryCheckKind.ERROR_RATE_SEQUENTIAL, WindowOutcome.FAIL));
    CanaryTransition last = verdict.transitions().get(verdict.transitions().size() - 1);
    assertThat(last.reason()).isEqualTo("sequential test: e-value 30.4 ≥ 1/α = 20 after 4 windows: the canary's"
        + " share of errors (32 of 96) is above its traffic share 20%");
    assertThat(last.windows()).containsExactly(1, 2, 3, 4);
    assertThat(verdict.reasons()).first().isEqualTo(last.reason());
    assertThat(router.observedSplit().canaryPercent()).isZero();
  }

  @Test
  void should_write_the_sequential_check_into_the_window_report() {
    CanaryGate gate = CanaryGate.builder().clearChecks().errorRateSequential(0.05).windowsPerStep(10).build();

    CanaryVerdict verdict = run(gate, CountedMetrics.rates(router, 2_000, 0.01, 0.02));

    assertThat(Reports.toJsonLine(verdict.windows().get(3))).endsWith("\"checks\":[{\"kind\":\"ERROR_RATE_SEQUENTIAL\","
        + "\"percentile\":null,\"outcome\":\"FAIL\",\"observed\":30.4018,\"bound\":20,\"champion\":null,"
        + "\"pValue\":0.0328928,\"warning\":false,\"reason\":\"sequential test: e-value 30.4 ≥ 1/α = 20 after 4 windows:"
        + " the canary's share of errors (32 of 96) is above its traffic share 20%\"}]}");
  }

  @Test
  void should_roll_back_at_the_first_failed_window_whatever_the_failure_limit() {
    CanaryGate gate = CanaryGate.builder().clearChecks().errorRateSequential(0.05).failureLimit(5, FailureCounting.CUMULATIVE)
        .build();

    CanaryVerdict verdict = run(gate, CountedMetrics.rates(router, 2_000, 0.01, 0.05));

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.ROLLBACK);
    assertThat(verdict.windows()).hasSize(1);
  }

  @Test
  void should_carry_the_evidence_across_steps_at_each_steps_share() {
    CanaryGate gate = CanaryGate.builder().clearChecks().errorRateSequential(0.05).steps(5, 20, 50).windowsPerStep(2)
        .build();

    CanaryVerdict verdict = run(gate, CountedMetrics.rates(router, 2_000, 0.01, 0.02));

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.ROLLBACK);
    assertThat(verdict.windows()).extracting(WindowResult::canaryPercent).containsExactly(5, 5, 20, 20, 50);
    CanaryTransition last = verdict.transitions().get(verdict.transitions().size() - 1);
    assertThat(last.reason()).isEqualTo("sequential test: e-value 33.2 ≥ 1/α = 20 after 5 windows: the canary's"
        + " share of errors (40 of 120) is above its traffic share 22.3%");
    assertThat(last.windows()).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void should_promote_a_canary_whose_share_of_errors_is_its_share_of_traffic() {
    CanaryGate gate = CanaryGate.builder().clearChecks().errorRateSequential(0.05).steps(5, 20, 50).windowsPerStep(3)
        .build();

    CanaryVerdict verdict = run(gate, CountedMetrics.rates(router, 2_000, 0.01, 0.01));

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.PROMOTE);
    assertThat(verdict.windows()).hasSize(9).allSatisfy(w -> assertThat(w.outcome()).isEqualTo(WindowOutcome.PASS));
  }

  @Test
  void should_never_promote_on_missing_data() {
    CanaryGate gate = CanaryGate.builder().clearChecks().errorRateSequential(0.05).windowsPerStep(1).build();

    CanaryVerdict verdict = run(gate, CountedMetrics.of(n -> null));

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.ROLLBACK);
    assertThat(verdict.windows()).hasSize(3).allSatisfy(w -> assertThat(w.outcome()).isEqualTo(WindowOutcome.INCONCLUSIVE));
    assertThat(verdict.transitions().get(verdict.transitions().size() - 1).reason())
        .startsWith("3 inconclusive windows reached the limit of 3");
  }

  @Test
  void should_roll_back_on_requests_over_the_slo_counted_by_the_in_process_recorder() {
    Duration slo = Duration.ofMillis(250);
    InProcessCanaryRecorder recorder = InProcessCanaryRecorder.builder(clock).countRequestsOver(slo).build();
    CanaryGate gate = CanaryGate.builder().clearChecks().latencySequential(slo, 0.05).windowsPerStep(10).build();
    CanaryWaiter serve = until -> {
      // each window: 800 champion requests (8 slow) and 200 canary requests (6 slow); a request at the SLO meets it
      for (int i = 0; i < 800; i++) {
        recorder.record(ModelRole.CHAMPION, i < 8 ? Duration.ofMillis(300) : slo, false);
      }
      for (int i = 0; i < 200; i++) {
        recorder.record(ModelRole.CANARY, i < 6 ? Duration.ofMillis(251) : Duration.ofMillis(40), false);
      }
      clock.waiter().waitUntil(until);
    };

    CanaryVerdict verdict = CanaryAnalysis.builder().gate(gate).model("credit-risk", "2", "1").router(router)
        .metrics(recorder).clock(clock).waiter(serve).libraryVersion("test").build().run();

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.ROLLBACK);
    assertThat(verdict.windows()).hasSize(3);
    assertThat(verdict.reasons()).first().isEqualTo("sequential test: e-value 85.5 ≥ 1/α = 20 after 3 windows: the"
        + " canary's share of requests over 250 ms (18 of 42) is above its traffic share 20%");
    assertThat(verdict.transitions().get(verdict.transitions().size() - 1).windows()).isEqualTo(List.of(1, 2, 3));
  }
}
