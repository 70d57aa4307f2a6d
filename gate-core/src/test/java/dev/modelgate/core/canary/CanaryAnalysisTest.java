package dev.modelgate.core.canary;

import static dev.modelgate.core.canary.WindowOutcome.FAIL;
import static dev.modelgate.core.canary.WindowOutcome.INCONCLUSIVE;
import static dev.modelgate.core.canary.WindowOutcome.PASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.modelgate.core.registry.InMemoryModelRegistry;
import dev.modelgate.core.spi.RegisterRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The analysis loop end to end with the local router, the in-memory registry and a test clock. */
class CanaryAnalysisTest {

  private final TestClock clock = new TestClock();
  private final LocalTrafficRouter router = LocalTrafficRouter.counting("credit-risk");
  private final InMemoryModelRegistry registry = new InMemoryModelRegistry(clock);

  private CanaryAnalysisBuilder analysis(CanaryGate gate, ScriptedMetrics metrics) {
    return CanaryAnalysis.builder()
        .gate(gate)
        .model("credit-risk", "2", "1")
        .router(router)
        .metrics(metrics)
        .registry(registry, "canary-job")
        .clock(clock)
        .waiter(clock.waiter())
        .libraryVersion("test");
  }

  private void registerTwoVersions() {
    registry.register(RegisterRequest.builder().model("credit-risk").source("s3://models/1").build());
    registry.register(RegisterRequest.builder().model("credit-risk").source("s3://models/2").build());
    registry.setAlias("credit-risk", "champion", Optional.empty(), "1", "setup");
  }

  @Test
  void should_promote_after_every_step_passed_its_windows_and_move_the_champion() {
    registerTwoVersions();
    CanaryGate gate = ScriptedMetrics.gate().steps(5, 20, 50).windowsPerStep(2).build();

    CanaryVerdict verdict = analysis(gate, ScriptedMetrics.of()).build().run();

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.PROMOTE);
    assertThat(verdict.state()).isEqualTo(CanaryState.PROMOTED);
    assertThat(verdict.promoted()).isTrue();
    assertThat(verdict.summary()).isEqualTo("promoted");
    assertThat(verdict.windows()).hasSize(6).allSatisfy(w -> assertThat(w.outcome()).isEqualTo(PASS));
    assertThat(verdict.windows()).extracting(WindowResult::step, WindowResult::canaryPercent)
        .containsExactly(tuple(1, 5), tuple(1, 5), tuple(2, 20), tuple(2, 20), tuple(3, 50), tuple(3, 50));
    assertThat(verdict.transitions()).extracting(t -> t.from() + " → " + t.to() + ": " + t.reason())
        .containsExactly(
            "PENDING → RUNNING: step 1 of 3: the canary receives 5% of the traffic",
            "RUNNING → RUNNING: 2 windows passed at 5%; step 2 of 3: the canary receives 20% of the traffic",
            "RUNNING → RUNNING: 2 windows passed at 20%; step 3 of 3: the canary receives 50% of the traffic",
            "RUNNING → PROMOTED: 2 windows passed at 50%, the last step: the canary was promoted to 100% of"
                + " the traffic");
    assertThat(verdict.transitions()).extracting(CanaryTransition::windows)
        .containsExactly(List.of(), List.of(1, 2), List.of(3, 4), List.of(5, 6));
    assertThat(verdict.actions()).extracting(RouterAction::kind, RouterAction::canaryPercent, RouterAction::status)
        .containsExactly(
            tuple(RouterAction.Kind.SET_SHARE, 5, RouterAction.Status.CONFIRMED),
            tuple(RouterAction.Kind.SET_SHARE, 20, RouterAction.Status.CONFIRMED),
            tuple(RouterAction.Kind.SET_SHARE, 50, RouterAction.Status.CONFIRMED),
            tuple(RouterAction.Kind.PROMOTE, 100, RouterAction.Status.CONFIRMED));
    assertThat(router.canaryPercent()).isEqualTo(100);
    assertThat(registry.alias("credit-risk", "champion")).contains("2");
    assertThat(verdict.championChange()).isNotNull();
    assertThat(verdict.reasons()).containsExactly(
        "2 windows passed at 50%, the last step: the canary was promoted to 100% of the traffic",
        "champion of credit-risk moved from 1 to 2");
  }

  @Test
  void should_judge_back_to_back_windows_of_the_policys_interval_without_sleeping() {
    registerTwoVersions();
    ScriptedMetrics metrics = ScriptedMetrics.of();

    CanaryVerdict verdict = analysis(ScriptedMetrics.gate().build(), metrics).build().run();

    assertThat(metrics.asked).hasSize(5);
    assertThat(metrics.asked.get(0).start()).isEqualTo(TestClock.START);
    for (int i = 0; i < 5; i++) {
      assertThat(metrics.asked.get(i).index()).isEqualTo(i + 1);
      assertThat(metrics.asked.get(i).length()).isEqualTo(Duration.ofMinutes(1));
      if (i > 0) {
        assertThat(metrics.asked.get(i).start()).isEqualTo(metrics.asked.get(i - 1).end());
      }
    }
    assertThat(verdict.startedAt()).isEqualTo(TestClock.START);
    assertThat(verdict.finishedAt()).isEqualTo(TestClock.START.plus(Duration.ofMinutes(5)));
  }

  @Test
  void should_roll_back_at_the_second_failed_window_by_default() {
    registerTwoVersions();

    CanaryVerdict verdict = analysis(ScriptedMetrics.gate().build(), ScriptedMetrics.of(PASS, FAIL, PASS, FAIL))
        .build().run();

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.ROLLBACK);
    assertThat(verdict.state()).isEqualTo(CanaryState.ROLLED_BACK);
    assertThat(verdict.windows()).extracting(WindowResult::outcome).containsExactly(PASS, FAIL, PASS, FAIL);
    assertThat(verdict.reasons())
        .containsExactly("2 failed windows reached the failure limit of 2 (cumulative)");
    assertThat(verdict.transitions().get(1).windows()).containsExactly(2, 4);
    assertThat(router.canaryPercent()).isZero();
    assertThat(registry.alias("credit-risk", "champion")).contains("1");
    assertThat(verdict.championChange()).isNull();
  }

  @Test
  void should_keep_going_when_a_pass_breaks_the_run_of_failures_counted_consecutively() {
    registerTwoVersions();
    CanaryGate gate = ScriptedMetrics.gate().failureLimit(2, FailureCounting.CONSECUTIVE).build();

    CanaryVerdict verdict = analysis(gate, ScriptedMetrics.of(FAIL, PASS, FAIL, PASS, PASS, PASS, PASS))
        .build().run();

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.PROMOTE);
    assertThat(verdict.windows()).hasSize(7);
  }

  @Test
  void should_roll_back_on_too_many_inconclusive_windows_and_never_count_them_as_passes() {
    CanaryVerdict verdict =
        analysis(ScriptedMetrics.gate().build(), ScriptedMetrics.of(INCONCLUSIVE, PASS, INCONCLUSIVE, INCONCLUSIVE))
            .build().run();

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.ROLLBACK);
    assertThat(verdict.reasons()).containsExactly(
        "3 inconclusive windows reached the limit of 3: missing data is never a pass, so the policy rolls back");
    assertThat(verdict.windows().get(0).reasons())
        .containsExactly("the metrics source did not answer in time: no answer within 10s");
  }

  @Test
  void should_hold_the_split_on_too_many_inconclusive_windows_when_the_policy_says_hold() {
    CanaryGate gate = ScriptedMetrics.gate().inconclusiveLimit(2, InconclusiveAction.HOLD).build();

    CanaryVerdict verdict = analysis(gate, ScriptedMetrics.of(INCONCLUSIVE, INCONCLUSIVE)).build().run();

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.HOLD);
    assertThat(verdict.state()).isEqualTo(CanaryState.HELD);
    assertThat(verdict.summary()).isEqualTo("held");
    assertThat(verdict.reasons()).containsExactly("2 inconclusive windows reached the limit of 2: missing data is"
        + " never a pass, so the policy holds the split at 20% for a person to decide");
    assertThat(router.canaryPercent()).isEqualTo(20);
  }

  @Test
  void should_promote_without_a_registry_by_moving_the_traffic_only() {
    CanaryVerdict verdict = CanaryAnalysis.builder()
        .gate(ScriptedMetrics.gate().build())
        .model("credit-risk", null, null)
        .router(router)
        .metrics(ScriptedMetrics.of())
        .clock(clock)
        .waiter(clock.waiter())
        .build()
        .run();

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.PROMOTE);
    assertThat(verdict.championChange()).isNull();
    assertThat(router.canaryPercent()).isEqualTo(100);
  }

  @Test
  void should_tell_the_listener_every_window_transition_and_action_as_they_happen() {
    registerTwoVersions();
    List<String> heard = new ArrayList<>();
    CanaryListener listener = new CanaryListener() {
      @Override
      public void windowJudged(WindowResult window) {
        heard.add("window " + window.window().index() + " " + window.outcome());
      }

      @Override
      public void transitioned(CanaryTransition transition) {
        heard.add(transition.from() + " → " + transition.to());
      }

      @Override
      public void acted(RouterAction action) {
        heard.add(action.kind() + " " + action.canaryPercent());
        throw new IllegalStateException("a broken listener does not stop the run");
      }
    };

    CanaryVerdict verdict = analysis(ScriptedMetrics.gate().windowsPerStep(2).build(), ScriptedMetrics.of(FAIL))
        .listener(listener).build().run();

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.PROMOTE);
    assertThat(heard).containsExactly("SET_SHARE 20", "PENDING → RUNNING", "window 1 FAIL", "window 2 PASS",
        "window 3 PASS", "PROMOTE 100", "RUNNING → PROMOTED");
  }
}
