package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelgate.metrics.stats.BinomialEProcess;
import java.math.BigDecimal;
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
import net.jqwik.api.statistics.Statistics;

/**
 * For any policy with the sequential error test and any sequence of windows, the run rolls back at
 * the window whose evidence reaches 1/α and never later, never promotes past such evidence or on
 * missing data, and its e-values are those of one e-process fed every observed window in order.
 */
class SequentialCanaryProperties {

  /** What a scripted window holds: counts at the router's share, or nothing. */
  enum Kind { HEALTHY, DEGRADED, THIN, MISSING }

  @Provide
  Arbitrary<CanaryGate> gates() {
    Arbitrary<List<Integer>> steps = Arbitraries.integers().between(1, 99).set().ofMinSize(1).ofMaxSize(3)
        .map(set -> new ArrayList<>(new TreeSet<>(set)));
    return Combinators.combine(steps, Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(1, 3), Arbitraries.of(0.01, 0.05, 0.2), Arbitraries.of(true, false))
        .as((s, windows, failures, inconclusive, alpha, withMax) -> {
          CanaryGateBuilder builder = CanaryGate.builder().clearChecks()
              .steps(s.stream().mapToInt(Integer::intValue).toArray())
              .windowsPerStep(windows)
              .failureLimit(failures, FailureCounting.CUMULATIVE)
              .inconclusiveLimit(inconclusive, InconclusiveAction.ROLLBACK)
              .errorRateSequential(alpha);
          return (withMax ? builder.maxErrorRate(0.5) : builder).build();
        });
  }

  @Provide
  Arbitrary<List<Kind>> scripts() {
    return Arbitraries.of(Kind.class).list().ofMaxSize(30);
  }

  private static CanaryVerdict run(CanaryGate gate, List<Kind> script) {
    TestClock clock = new TestClock();
    TrafficRouterStub router = new TrafficRouterStub();
    CountedMetrics metrics = CountedMetrics.of(n -> {
      Kind kind = n <= script.size() ? script.get(n - 1) : Kind.HEALTHY;
      long requests = kind == Kind.THIN ? 60 : 2_000;
      long canary = Math.max(1, requests * router.observedSplit().canaryPercent() / 100);
      long champion = requests - canary;
      double canaryRate = kind == Kind.DEGRADED ? 0.08 : 0.02;
      return kind == Kind.MISSING ? null : List.of(
          Windows.stats(champion, champion / 50, 20, 40, 80), Windows.stats(canary, (long) (canary * canaryRate), 20, 40, 80));
    });
    return CanaryAnalysis.builder().gate(gate).model("m", "2", "1").router(router).metrics(metrics)
        .clock(clock).waiter(clock.waiter()).build().run();
  }

  private static boolean rejected(WindowResult window) {
    return window.checks().stream()
        .anyMatch(c -> c.kind() == CanaryCheckKind.ERROR_RATE_SEQUENTIAL && c.outcome() == WindowOutcome.FAIL);
  }

  @Property(seed = "42", tries = 300)
  void a_run_rolls_back_at_the_first_window_whose_evidence_is_strong_and_promotes_only_without_one(
      @ForAll("gates") CanaryGate gate, @ForAll("scripts") List<Kind> script) {
    CanaryVerdict verdict = run(gate, script);
    List<WindowResult> windows = verdict.windows();
    long rejecting = windows.stream().filter(SequentialCanaryProperties::rejected).count();

    Statistics.collect(rejecting == 1 ? "evidence" : verdict.decision().name());
    Statistics.coverage(coverage -> {
      coverage.check("evidence").percentage(p -> p > 10);
      coverage.check("PROMOTE").percentage(p -> p > 5);
    });
    assertThat(rejecting).isLessThanOrEqualTo(1);
    if (rejecting == 1) {
      assertThat(rejected(windows.get(windows.size() - 1))).isTrue();
      assertThat(verdict.decision()).isEqualTo(CanaryDecision.ROLLBACK);
      assertThat(verdict.reasons().get(0)).startsWith("sequential test: e-value ");
    }
    if (verdict.decision() == CanaryDecision.PROMOTE) {
      assertThat(windows.get(windows.size() - 1).outcome()).isEqualTo(WindowOutcome.PASS);
      assertThat(windows.stream().filter(w -> w.outcome() == WindowOutcome.PASS))
          .hasSize(gate.steps().size() * gate.windowsPerStep());
    }
  }

  @Property(seed = "42", tries = 300)
  void the_e_values_are_those_of_one_process_fed_every_observed_window(
      @ForAll("gates") CanaryGate gate, @ForAll("scripts") List<Kind> script) {
    CanaryVerdict verdict = run(gate, script);
    BinomialEProcess reference = BinomialEProcess.start(0);

    for (WindowResult window : verdict.windows()) {
      TrafficCounts c = window.counts();
      if (c == null) {
        continue;
      }
      reference = reference.observeCounts(c.championRequests(), c.championErrors(), c.canaryRequests(), c.canaryErrors());
      for (CanaryCheckResult check : window.checks()) {
        if (check.kind() == CanaryCheckKind.ERROR_RATE_SEQUENTIAL) {
          assertThat(naturalLog(check.observed())).isCloseTo(reference.logEValue(),
              within(1e-5 * Math.max(1, Math.abs(reference.logEValue()))));
        }
      }
    }
  }

  @Property(seed = "42", tries = 100)
  void missing_data_alone_never_promotes(@ForAll("gates") CanaryGate gate) {
    CanaryVerdict verdict = run(gate, Collections.nCopies(40, Kind.MISSING));

    assertThat(verdict.decision()).isEqualTo(CanaryDecision.ROLLBACK);
    assertThat(verdict.windows()).hasSize(gate.inconclusiveLimit());
  }

  /** The natural logarithm of a decimal of any size, from its at most six digits and its scale. */
  private static double naturalLog(BigDecimal value) {
    return (Math.log10(value.unscaledValue().doubleValue()) - value.scale()) * Math.log(10);
  }
}
