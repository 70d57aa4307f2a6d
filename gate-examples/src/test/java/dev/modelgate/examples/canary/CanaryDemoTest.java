package dev.modelgate.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.modelgate.core.canary.CanaryAnalysis;
import dev.modelgate.core.canary.CanaryCheckKind;
import dev.modelgate.core.canary.CanaryCheckResult;
import dev.modelgate.core.canary.CanaryDecision;
import dev.modelgate.core.canary.CanaryState;
import dev.modelgate.core.canary.WindowOutcome;
import dev.modelgate.core.canary.WindowResult;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.examples.Demo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every scenario of the local canary, once, under the bundled policy's canary gate. */
class CanaryDemoTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:30Z"), ZoneOffset.UTC);

  private static List<CanaryRun> runs;
  private static String printed;

  @BeforeAll
  static void runEveryScenario() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    runs = CanaryDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK, Demo.policy().canary());
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  private static CanaryRun run(CanaryScenario scenario) {
    return runs.stream().filter(r -> r.scenario() == scenario).findFirst().orElseThrow();
  }

  private static List<WindowOutcome> outcomes(CanaryScenario scenario) {
    return run(scenario).verdict().windows().stream().map(WindowResult::outcome).toList();
  }

  @Test
  void should_promote_the_healthy_candidate_and_roll_back_every_other() {
    assertThat(runs).extracting(r -> r.scenario().id(), r -> r.verdict().decision(), r -> r.verdict().state(),
            r -> r.verdict().windows().size(), CanaryRun::requests)
        .containsExactly(
            tuple("healthy", CanaryDecision.PROMOTE, CanaryState.PROMOTED, 5, 3000L),
            tuple("error-spike", CanaryDecision.ROLLBACK, CanaryState.ROLLED_BACK, 2, 1200L),
            tuple("latency-regression", CanaryDecision.ROLLBACK, CanaryState.ROLLED_BACK, 2, 1200L),
            tuple("prediction-shift", CanaryDecision.ROLLBACK, CanaryState.ROLLED_BACK, 2, 1200L),
            tuple("metrics-outage", CanaryDecision.ROLLBACK, CanaryState.ROLLED_BACK, 4, 2400L));
    assertThat(runs).allSatisfy(r -> assertThat(r.verdict().dryRun()).isFalse());
  }

  @Test
  void should_pass_every_window_of_the_healthy_candidate_at_an_80_20_split() {
    assertThat(outcomes(CanaryScenario.HEALTHY)).containsOnly(WindowOutcome.PASS);
    assertThat(run(CanaryScenario.HEALTHY).verdict().windows()).allSatisfy(w -> {
      assertThat(w.canaryPercent()).isEqualTo(20);
      assertThat(w.counts()).isNotNull();
      assertThat(w.counts().championRequests()).isEqualTo(480);
      assertThat(w.counts().canaryRequests()).isEqualTo(120);
    });
  }

  @Test
  void should_fail_the_error_spike_on_its_error_rate() {
    assertThat(outcomes(CanaryScenario.ERROR_SPIKE)).containsExactly(WindowOutcome.FAIL, WindowOutcome.FAIL);
    assertThat(run(CanaryScenario.ERROR_SPIKE).verdict().windows().get(0).reasons())
        .contains("canary error rate 0.1000 (12 of 120) is above 0.05");
    assertThat(failedKinds(CanaryScenario.ERROR_SPIKE))
        .containsOnly(CanaryCheckKind.MAX_ERROR_RATE, CanaryCheckKind.ERROR_RATE_VS_CHAMPION);
  }

  @Test
  void should_fail_the_latency_regression_on_its_p99_only() {
    assertThat(outcomes(CanaryScenario.LATENCY_REGRESSION)).containsExactly(WindowOutcome.FAIL, WindowOutcome.FAIL);
    assertThat(failedKinds(CanaryScenario.LATENCY_REGRESSION)).containsOnly(CanaryCheckKind.LATENCY_VS_CHAMPION);
  }

  @Test
  void should_fail_the_prediction_shift_on_its_psi_only() {
    assertThat(outcomes(CanaryScenario.PREDICTION_SHIFT)).containsExactly(WindowOutcome.FAIL, WindowOutcome.FAIL);
    assertThat(failedKinds(CanaryScenario.PREDICTION_SHIFT)).containsOnly(CanaryCheckKind.PSI);
    assertThat(run(CanaryScenario.PREDICTION_SHIFT).verdict().windows().get(0).reasons())
        .singleElement().asString().startsWith("prediction PSI ").endsWith(" is above 0.25: the predictions shifted");
  }

  @Test
  void should_never_promote_on_a_metrics_outage() {
    assertThat(outcomes(CanaryScenario.METRICS_OUTAGE)).containsExactly(WindowOutcome.PASS,
        WindowOutcome.INCONCLUSIVE, WindowOutcome.INCONCLUSIVE, WindowOutcome.INCONCLUSIVE);
    assertThat(run(CanaryScenario.METRICS_OUTAGE).verdict().windows().subList(1, 4))
        .extracting(WindowResult::missing).containsOnly(MissingKind.SOURCE_ERROR);
    assertThat(run(CanaryScenario.METRICS_OUTAGE).verdict().reasons().get(0)).isEqualTo(
        "3 inconclusive windows reached the limit of 3: missing data is never a pass, so the policy rolls back");
  }

  @Test
  void should_print_a_timeline_and_a_summary() {
    assertThat(printed)
        .contains("Local canary: challenger-better against champion")
        .contains("canary gate: steps 20% (80/20), 60 s windows, 5 passing windows per step, rollback at 2 failed"
            + " windows (cumulative), at least 100 requests per model and window, rollback at 3 inconclusive windows")
        .contains("== metrics-outage: challenger-better, served well, but the metrics source is down from the second"
            + " window on")
        .contains("  [+0 min] PENDING -> RUNNING: step 1 of 1: the canary receives 20% of the traffic")
        .contains("  [+5 min] RUNNING -> PROMOTED: 5 windows passed at 20%, the last step: the canary was promoted"
            + " to 100% of the traffic")
        .contains("  healthy              PROMOTE   PROMOTED           5      3000")
        .contains("  metrics-outage       ROLLBACK  ROLLED_BACK        4      2400");
  }

  @Test
  void should_give_the_same_windows_every_run() {
    LocalCanaryRunner runner = LocalCanaryRunner.train(TrainedScorers.MODELS,
        TrainedScorers.CHAMPION.model(), TrainedScorers.CHALLENGER.model(), Demo.policy().canary());
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    CanaryRun first = run(CanaryScenario.ERROR_SPIKE);

    CanaryRun again = runner.run(CanaryScenario.ERROR_SPIKE, first.verdict().startedAt(),
        CanaryAnalysis.builder().model("german-credit", "3", "1"), quiet);

    assertThat(again.verdict().windows()).isEqualTo(first.verdict().windows());
    assertThat(again.verdict().transitions()).isEqualTo(first.verdict().transitions());
  }

  private static List<CanaryCheckKind> failedKinds(CanaryScenario scenario) {
    return run(scenario).verdict().windows().stream()
        .flatMap(w -> w.checks().stream())
        .filter(c -> c.outcome() == WindowOutcome.FAIL)
        .map(CanaryCheckResult::kind)
        .toList();
  }
}
