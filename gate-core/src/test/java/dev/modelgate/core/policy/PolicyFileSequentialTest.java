package dev.modelgate.core.policy;

import static dev.modelgate.core.policy.FileProblems.ofYaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.SequentialErrorRate;
import dev.modelgate.core.canary.SequentialLatency;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sequential tests in a policy file: defaults, exact problems with their positions, the writer. */
class PolicyFileSequentialTest {

  private static final String HEAD = """
      apiVersion: modelgate.dev/v1
      name: credit
      registration: {require: [{metric: f1, greaterThan: 0.20}]}
      championChallenger: {compareOn: f1}
      """;

  @Test
  void should_default_alpha_to_five_percent_and_the_margin_to_zero() {
    QualityPolicy policy = PolicyFiles.readYaml(HEAD + """
        canary:
          checks:
            errorRateSequential: {}
            latencySequential: {sloMillis: 250}
        """);

    assertThat(policy.canary().checks().errorRateSequential())
        .isEqualTo(new SequentialErrorRate(new BigDecimal("0.05"), BigDecimal.ZERO));
    assertThat(policy.canary().checks().latencySequential())
        .isEqualTo(new SequentialLatency(new BigDecimal("250"), new BigDecimal("0.05"), BigDecimal.ZERO));
  }

  @Test
  void should_read_what_the_builder_says() {
    QualityPolicy policy = PolicyFiles.readYaml(HEAD + """
        canary:
          checks:
            errorRateSequential: {alpha: 0.01, margin: 0.2}
            latencySequential: {sloMillis: 312.5, alpha: 0.05}
        """);

    assertThat(policy.canary()).isEqualTo(CanaryGate.builder().clearChecks().errorRateSequential(0.01, 0.2)
        .latencySequential(Duration.ofNanos(312_500_000), 0.05).build());
  }

  @Test
  void should_write_every_field_of_the_sequential_tests() {
    QualityPolicy policy = PolicyFiles.readYaml(HEAD + "canary: {checks: {errorRateSequential: {}}}\n");

    assertThat(PolicyFiles.toYaml(policy)).contains("    errorRateSequential: {alpha: 0.05, margin: 0}\n");
    assertThat(PolicyFiles.readYaml(PolicyFiles.toYaml(policy))).isEqualTo(policy);
  }

  @Test
  void should_report_every_problem_of_the_sequential_tests_at_its_position() {
    String yaml = HEAD + """
        canary:
          checks:
            errorRateSequential: {alpha: 1, margin: -0.1}
            latencySequential: {alpha: 0.05, slo: 250}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:7:26: canary.checks.errorRateSequential: invalid policy:"
            + " canary.errorRateSequential.alpha = 1 must be between 0 and 1, both excluded",
        "policy.yaml:7:26: canary.checks.errorRateSequential: invalid policy:"
            + " canary.errorRateSequential.margin = -0.1 must be at least 0",
        "policy.yaml:8:24: canary.checks.latencySequential.sloMillis: required field is missing",
        "policy.yaml:8:38: canary.checks.latencySequential.slo: unknown field; expected one of sloMillis, alpha,"
            + " margin");
  }

  @Test
  void should_refuse_an_slo_finer_than_a_nanosecond() {
    assertThat(ofYaml(HEAD + "canary: {checks: {latencySequential: {sloMillis: 0.0000001}}}\n")).containsExactly(
        "policy.yaml:5:38: canary.checks.latencySequential: invalid policy:"
            + " canary.latencySequential.sloMillis = 0.0000001 must be a whole number of nanoseconds");
  }
}
