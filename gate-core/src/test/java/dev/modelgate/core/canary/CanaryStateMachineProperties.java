package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For any policy and any sequence of window outcomes, the run ends as the policy says, and never promotes on failures or missing data. */
class CanaryStateMachineProperties {

  @Provide
  Arbitrary<CanaryGate> gates() {
    Arbitrary<List<Integer>> steps = Arbitraries.integers().between(1, 99).set().ofMinSize(1).ofMaxSize(3)
        .map(set -> new ArrayList<>(new TreeSet<>(set)));
    return Combinators.combine(steps, Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 3),
            Arbitraries.of(FailureCounting.class), Arbitraries.integers().between(1, 3),
            Arbitraries.of(InconclusiveAction.class))
        .as((s, windows, failures, counting, inconclusive, action) -> ScriptedMetrics.gate()
            .steps(s.stream().mapToInt(Integer::intValue).toArray())
            .windowsPerStep(windows)
            .failureLimit(failures, counting)
            .inconclusiveLimit(inconclusive, action)
            .build());
  }

  @Provide
  Arbitrary<List<WindowOutcome>> scripts() {
    return Arbitraries.of(WindowOutcome.class).list().ofMaxSize(30);
  }

  private static CanaryVerdict run(CanaryGate gate, List<WindowOutcome> script, RecordingRouter router) {
    TestClock clock = new TestClock();
    return CanaryAnalysis.builder().gate(gate).model("m", "2", "1").router(router)
        .metrics(new ScriptedMetrics(script)).clock(clock).waiter(clock.waiter()).build().run();
  }

  @Property(seed = "42", tries = 500)
  void any_run_decides_what_the_policy_says_for_its_windows(
      @ForAll("gates") CanaryGate gate, @ForAll("scripts") List<WindowOutcome> script) {
    CanaryVerdict verdict = run(gate, script, new RecordingRouter());

    assertThat(verdict.decision()).isEqualTo(Reference.decide(gate, script));
    assertThat(verdict.state().terminal()).isTrue();
    assertThat(verdict.windows().size()).isLessThanOrEqualTo((int) gate.maxWindows());
  }

  @Property(seed = "42", tries = 500)
  void no_run_promotes_with_failures_or_inconclusive_windows_at_their_limits(
      @ForAll("gates") CanaryGate gate, @ForAll("scripts") List<WindowOutcome> script) {
    CanaryVerdict verdict = run(gate, script, new RecordingRouter());
    List<WindowOutcome> judged = verdict.windows().stream().map(WindowResult::outcome).toList();

    if (verdict.decision() == CanaryDecision.PROMOTE) {
      assertThat(Reference.countedFailures(gate, judged)).isLessThan(gate.failureLimit());
      assertThat(Collections.frequency(judged, WindowOutcome.INCONCLUSIVE)).isLessThan(gate.inconclusiveLimit());
      assertThat(judged.get(judged.size() - 1)).isEqualTo(WindowOutcome.PASS);
      for (int step = 1; step <= gate.steps().size(); step++) {
        int s = step;
        assertThat(verdict.windows().stream().filter(w -> w.step() == s && w.outcome() == WindowOutcome.PASS))
            .hasSize(gate.windowsPerStep());
      }
    }
  }

  @Property(seed = "42", tries = 200)
  void missing_data_alone_never_promotes(@ForAll("gates") CanaryGate gate) {
    List<WindowOutcome> missing = Collections.nCopies(40, WindowOutcome.INCONCLUSIVE);
    RecordingRouter router = new RecordingRouter();

    CanaryVerdict verdict = run(gate, missing, router);

    assertThat(verdict.decision()).isNotEqualTo(CanaryDecision.PROMOTE);
    assertThat(verdict.windows()).hasSize(gate.inconclusiveLimit());
    assertThat(router.calls).doesNotContain("promote");
    assertThat(verdict.state()).isEqualTo(
        gate.onInconclusive() == InconclusiveAction.HOLD ? CanaryState.HELD : CanaryState.ROLLED_BACK);
  }

  @Property(seed = "42", tries = 200)
  void a_pass_only_run_promotes_after_the_configured_windows_of_every_step(@ForAll("gates") CanaryGate gate) {
    RecordingRouter router = new RecordingRouter();

    CanaryVerdict verdict = run(gate, List.of(), router);

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.PROMOTE);
    assertThat(verdict.windows()).hasSize(gate.steps().size() * gate.windowsPerStep());
    List<String> expected = new ArrayList<>();
    gate.steps().forEach(step -> expected.add("share " + step));
    expected.add("promote");
    assertThat(router.calls).isEqualTo(expected);
    assertThat(verdict.transitions()).hasSize(gate.steps().size() + 1);
  }

  /** An independent statement of the policy's rules, window by window. */
  private static final class Reference {

    static CanaryDecision decide(CanaryGate gate, List<WindowOutcome> script) {
      int failures = 0;
      int inconclusive = 0;
      int passes = 0;
      int stepsPassed = 0;
      for (int i = 0; ; i++) {
        WindowOutcome outcome = i < script.size() ? script.get(i) : WindowOutcome.PASS;
        if (outcome == WindowOutcome.FAIL && ++failures >= gate.failureLimit()) {
          return CanaryDecision.ROLLBACK;
        }
        if (outcome == WindowOutcome.INCONCLUSIVE && ++inconclusive >= gate.inconclusiveLimit()) {
          return gate.onInconclusive() == InconclusiveAction.HOLD ? CanaryDecision.HOLD : CanaryDecision.ROLLBACK;
        }
        if (outcome == WindowOutcome.PASS) {
          if (gate.failureCounting() == FailureCounting.CONSECUTIVE) {
            failures = 0;
          }
          if (++passes == gate.windowsPerStep()) {
            passes = 0;
            if (++stepsPassed == gate.steps().size()) {
              return CanaryDecision.PROMOTE;
            }
          }
        }
      }
    }

    /** The failed windows the policy counts at the end of {@code judged}. */
    static int countedFailures(CanaryGate gate, List<WindowOutcome> judged) {
      int counted = 0;
      for (WindowOutcome outcome : judged) {
        if (outcome == WindowOutcome.FAIL) {
          counted++;
        } else if (outcome == WindowOutcome.PASS && gate.failureCounting() == FailureCounting.CONSECUTIVE) {
          counted = 0;
        }
      }
      return counted;
    }
  }

  /** A router that confirms every request and remembers them. */
  private static final class RecordingRouter extends TrafficRouterStub {
    final List<String> calls = new ArrayList<>();

    @Override
    public void setCanaryShare(int percent) {
      calls.add("share " + percent);
      super.setCanaryShare(percent);
    }

    @Override
    public void promoteCanary() {
      calls.add("promote");
      super.promoteCanary();
    }

    @Override
    public void rollback() {
      calls.add("rollback");
      super.rollback();
    }
  }
}
