package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.InvalidPolicyException;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.QualityPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanaryGateTest {

  @Test
  void should_default_to_one_step_of_twenty_percent_with_the_default_checks() {
    CanaryGate gate = CanaryGate.defaults();

    assertThat(gate.steps()).containsExactly(20);
    assertThat(gate.interval()).isEqualTo(Duration.ofMinutes(1));
    assertThat(gate.windowsPerStep()).isEqualTo(5);
    assertThat(gate.failureLimit()).isEqualTo(2);
    assertThat(gate.failureCounting()).isEqualTo(FailureCounting.CUMULATIVE);
    assertThat(gate.minRequests()).isEqualTo(100);
    assertThat(gate.inconclusiveLimit()).isEqualTo(3);
    assertThat(gate.onInconclusive()).isEqualTo(InconclusiveAction.ROLLBACK);
    assertThat(gate.checks().maxErrorRate()).isEqualByComparingTo("0.05");
    assertThat(gate.checks().errorRateVsChampion())
        .isEqualTo(new ErrorRateComparison(BigDecimal.ZERO, new BigDecimal("0.01")));
    assertThat(gate.checks().latency())
        .containsExactly(new LatencyBound(Percentile.P99, null, new BigDecimal("1.25")));
    assertThat(gate.checks().psi()).isEqualTo(new PsiBound(new BigDecimal("0.25"), new BigDecimal("0.1")));
    assertThat(gate.checks().ks()).isNull();
    assertThat(gate.checks().chiSquare()).isNull();
  }

  @Test
  void should_give_every_policy_the_default_canary_gate_when_it_says_nothing() {
    QualityPolicy policy = QualityPolicy.builder()
        .name("credit")
        .registration(gate -> gate.require(Metrics.F1).greaterThan(0.2))
        .championChallenger(gate -> gate.compareOn(Metrics.F1))
        .build();

    assertThat(policy.canary()).isEqualTo(CanaryGate.defaults());
    assertThat(policy.toBuilder().build()).isEqualTo(policy);
  }

  @Test
  void should_refuse_a_policy_without_a_canary_gate() {
    QualityPolicy policy = QualityPolicy.builder()
        .name("credit")
        .registration(gate -> gate.require(Metrics.F1).greaterThan(0.2))
        .championChallenger(gate -> gate.compareOn(Metrics.F1))
        .build();

    assertThatThrownBy(() -> new QualityPolicy(
            "credit", null, policy.registration(), policy.championChallenger(), null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("canary");
  }

  @Test
  void should_write_the_eighty_twenty_split_as_one_step_of_twenty() {
    assertThat(CanaryGate.builder().split(80, 20).build()).isEqualTo(CanaryGate.defaults());
    assertThatThrownBy(() -> CanaryGate.builder().split(80, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("split(80, 30) does not add up to 100");
  }

  @Test
  void should_treat_a_trailing_hundred_as_the_promotion() {
    CanaryGate written = CanaryGate.builder().steps(5, 20, 50, 100).build();

    assertThat(written.steps()).containsExactly(5, 20, 50);
    assertThat(written).isEqualTo(CanaryGate.builder().steps(5, 20, 50).build());
  }

  @Test
  void should_report_every_problem_of_the_settings_at_once() {
    assertThatThrownBy(() -> CanaryGate.builder()
            .steps(0, 50, 20)
            .interval(Duration.ofMillis(1500))
            .windowsPerStep(0)
            .failureLimit(0, FailureCounting.CONSECUTIVE)
            .minRequests(0)
            .inconclusiveLimit(0, InconclusiveAction.HOLD)
            .build())
        .isInstanceOf(InvalidPolicyException.class)
        .extracting(e -> ((InvalidPolicyException) e).problems())
        .isEqualTo(List.of(
            "canary.interval = PT1.5S must be a whole number of seconds",
            "canary.steps[0] = 0 must be between 1 and 99 (the move to 100 is the promotion)",
            "canary.steps must increase strictly: 20 follows 50",
            "canary.windowsPerStep = 0 must be at least 1",
            "canary.failureLimit = 0 must be at least 1",
            "canary.minRequests = 0 must be at least 1",
            "canary.inconclusiveLimit = 0 must be at least 1"));
  }

  @Test
  void should_report_every_problem_of_the_checks_at_once() {
    assertThatThrownBy(() -> CanaryGate.builder()
            .steps()
            .maxErrorRate(1.5)
            .errorRateVsChampion(-0.1, 1)
            .maxPsi(0.1, 0.2)
            .kolmogorovSmirnov(null, null)
            .chiSquare(0)
            .build())
        .isInstanceOf(InvalidPolicyException.class)
        .extracting(e -> ((InvalidPolicyException) e).problems())
        .isEqualTo(List.of(
            "canary.errorRateVsChampion.margin = -0.1 must be at least 0",
            "canary.errorRateVsChampion.significance = 1 must be between 0 and 1, both excluded",
            "canary.psi.warn = 0.2 must not exceed canary.psi.max = 0.1",
            "canary.ks has neither maxStatistic nor minPValue: give at least one",
            "canary.chiSquare.minPValue = 0 must be between 0 and 1, both excluded",
            "canary.maxErrorRate = 1.5 must be a fraction between 0 and 1",
            "canary.steps is empty: give at least one canary share below 100, such as 20"));
  }

  @Test
  void should_refuse_a_gate_without_checks_so_that_layer_four_cannot_be_switched_off() {
    assertThatThrownBy(() -> CanaryGate.builder().clearChecks().build())
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessage("invalid quality policy: canary has no checks: keep at least one, such as maxErrorRate");
    assertThatThrownBy(() -> QualityPolicy.builder()
            .name("credit")
            .registration(gate -> gate.require(Metrics.F1).greaterThan(0.2))
            .championChallenger(gate -> gate.compareOn(Metrics.F1))
            .canary(CanaryGateBuilder::clearChecks)
            .build())
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessage("invalid quality policy: canary has no checks: keep at least one, such as maxErrorRate");
  }

  @Test
  void should_refuse_a_latency_bound_without_a_limit_and_a_percentile_bounded_twice() {
    assertThatThrownBy(() -> new LatencyBound(Percentile.P95, null, null))
        .hasMessage("invalid quality policy: canary.latency.p95 has neither maxMillis nor maxRatio: give at least one");
    LatencyBound p99 = new LatencyBound(Percentile.P99, BigDecimal.TEN, null);
    assertThatThrownBy(() -> new CanaryChecks(null, null, List.of(p99, p99), null, null, null))
        .hasMessage("invalid quality policy: canary.latency bounds p99 twice");
  }

  @Test
  void should_keep_absolute_and_relative_latency_bounds_of_one_percentile_together() {
    CanaryGate gate = CanaryGate.builder()
        .clearChecks()
        .maxLatency(Percentile.P99, Duration.ofMillis(250))
        .maxLatencyRatio(Percentile.P99, 1.2)
        .maxLatency(Percentile.P50, Duration.ofNanos(1_500_000))
        .build();

    assertThat(gate.checks().latency()).containsExactly(
        new LatencyBound(Percentile.P50, new BigDecimal("1.5"), null),
        new LatencyBound(Percentile.P99, new BigDecimal("250"), new BigDecimal("1.2")));
  }

  @Test
  void should_write_whole_numbers_without_decimals_so_equal_gates_are_equal() {
    CanaryGate explicit = CanaryGate.builder()
        .clearChecks()
        .maxErrorRate(0.05)
        .errorRateVsChampion(0, 0.01)
        .maxLatencyRatio(Percentile.P99, 1.25)
        .maxPsi(0.25)
        .build();

    assertThat(explicit).isEqualTo(CanaryGate.defaults());
  }

  @Test
  void should_derive_an_equal_gate_from_its_builder() {
    CanaryGate gate = CanaryGate.builder().steps(5, 50).kolmogorovSmirnov(0.2, null).chiSquare(0.01).build();

    assertThat(gate.toBuilder().build()).isEqualTo(gate);
  }

  @Test
  void should_bound_the_number_of_windows_a_run_can_take() {
    assertThat(CanaryGate.defaults().maxWindows()).isEqualTo(5 + 1 + 2);
    assertThat(CanaryGate.builder().steps(5, 20).windowsPerStep(3).failureLimit(3, FailureCounting.CONSECUTIVE)
            .build().maxWindows())
        .isEqualTo(6 + 7 * 2 + 2);
  }
}
