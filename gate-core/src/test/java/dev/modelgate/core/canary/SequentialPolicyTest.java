package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.InvalidPolicyException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sequential tests as policy values: the builder, the records' rules, and their place among the checks. */
class SequentialPolicyTest {

  @Test
  void should_build_both_tests_with_exact_decimals() {
    CanaryGate gate = CanaryGate.builder().clearChecks().errorRateSequential(0.05)
        .latencySequential(Duration.ofMillis(250), 0.01, 0.1).build();

    assertThat(gate.checks().errorRateSequential())
        .isEqualTo(new SequentialErrorRate(new BigDecimal("0.05"), BigDecimal.ZERO));
    assertThat(gate.checks().latencySequential())
        .isEqualTo(new SequentialLatency(new BigDecimal("250"), new BigDecimal("0.01"), new BigDecimal("0.1")));
    assertThat(gate.checks().latencySequential().slo()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void should_keep_the_default_checks_without_sequential_tests() {
    assertThat(CanaryChecks.defaults().errorRateSequential()).isNull();
    assertThat(CanaryChecks.defaults().latencySequential()).isNull();
    assertThat(new CanaryChecks(BigDecimal.ONE, null, List.of(), null, null, null))
        .isEqualTo(new CanaryChecks(BigDecimal.ONE, null, List.of(), null, null, null, null, null));
  }

  @Test
  void should_add_a_sequential_test_to_the_default_checks() {
    CanaryGate gate = CanaryGate.builder().errorRateSequential(0.05).build();

    assertThat(gate.checks().maxErrorRate()).isEqualByComparingTo("0.05");
    assertThat(gate.checks().psi()).isEqualTo(PsiBound.defaults());
    assertThat(gate.checks().errorRateSequential()).isNotNull();
  }

  @Test
  void should_carry_the_sequential_tests_through_to_builder_and_clear_them_with_the_other_checks() {
    CanaryGate gate = CanaryGate.builder().errorRateSequential(0.05).latencySequential(Duration.ofMillis(100), 0.05)
        .build();

    assertThat(gate.toBuilder().build()).isEqualTo(gate);
    assertThat(gate.toBuilder().clearChecks().maxErrorRate(0.1).build().checks().errorRateSequential()).isNull();
  }

  @Test
  void should_accept_a_gate_whose_only_check_is_a_sequential_test() {
    assertThat(CanaryGate.builder().clearChecks().latencySequential(Duration.ofMillis(250), 0.05).build().checks()
        .latencySequential()).isNotNull();
  }

  @Test
  void should_report_every_problem_of_the_sequential_tests_at_once() {
    assertThatThrownBy(() -> CanaryGate.builder()
            .errorRateSequential(1, -0.5)
            .latencySequential(Duration.ZERO, 0)
            .build())
        .isInstanceOf(InvalidPolicyException.class)
        .extracting(e -> ((InvalidPolicyException) e).problems())
        .isEqualTo(List.of(
            "canary.errorRateSequential.alpha = 1 must be between 0 and 1, both excluded",
            "canary.errorRateSequential.margin = -0.5 must be at least 0",
            "canary.latencySequential.sloMillis = 0 must be greater than 0",
            "canary.latencySequential.alpha = 0 must be between 0 and 1, both excluded"));
  }

  @Test
  void should_refuse_an_slo_finer_than_a_nanosecond() {
    assertThatThrownBy(() -> new SequentialLatency(new BigDecimal("0.0000001"), new BigDecimal("0.05"), BigDecimal.ZERO))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessage("invalid quality policy: canary.latencySequential.sloMillis = 0.0000001 must be a whole number"
            + " of nanoseconds");
  }

  @Test
  void should_tell_sequential_checks_from_per_window_checks() {
    assertThat(CanaryCheckKind.ERROR_RATE_SEQUENTIAL.sequential()).isTrue();
    assertThat(CanaryCheckKind.LATENCY_SEQUENTIAL.sequential()).isTrue();
    assertThat(CanaryCheckKind.ERROR_RATE_VS_CHAMPION.sequential()).isFalse();
  }
}
