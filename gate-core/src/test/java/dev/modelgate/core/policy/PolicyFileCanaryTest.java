package dev.modelgate.core.policy;

import static dev.modelgate.core.policy.FileProblems.ofYaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.canary.CanaryGate;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The canary section of a policy file: defaults, exact problems with their positions, the writer. */
class PolicyFileCanaryTest {

  private static final String HEAD = """
      apiVersion: modelgate.dev/v1
      name: credit
      registration: {require: [{metric: f1, greaterThan: 0.20}]}
      championChallenger: {compareOn: f1}
      """;

  @Test
  void should_apply_the_default_canary_gate_when_the_file_has_no_canary_section() {
    QualityPolicy policy = PolicyFiles.readYaml(HEAD);

    assertThat(policy.canary()).isEqualTo(CanaryGate.defaults());
  }

  @Test
  void should_keep_the_default_checks_when_only_settings_are_written() {
    QualityPolicy policy = PolicyFiles.readYaml(HEAD + "canary: {steps: [10, 50], windowsPerStep: 4}\n");

    assertThat(policy.canary()).isEqualTo(CanaryGate.builder().steps(10, 50).windowsPerStep(4).build());
  }

  @Test
  void should_read_the_json_example_with_class_checks() throws IOException {
    QualityPolicy policy = PolicyFiles.read(ExamplePolicies.path("canary-classes.json"));

    assertThat(policy).isEqualTo(ExamplePolicies.canaryClasses());
  }

  @Test
  void should_not_write_a_canary_section_for_the_default_gate() {
    assertThat(PolicyFiles.toYaml(PolicyFiles.readYaml(HEAD))).doesNotContain("canary");
  }

  @Test
  void should_report_every_wrong_setting_at_its_position() {
    String yaml = HEAD + """
        canary:
          steps: [20, ten]
          windowsPerStep: 0
          failureCounting: sometimes
          onInconclusive: promote
          intervalSecs: 60
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:6:15: canary.steps[1]: expected a whole number, got \"ten\"",
        "policy.yaml:7:19: canary.windowsPerStep: must be at least 1, got 0",
        "policy.yaml:8:20: canary.failureCounting: expected consecutive or cumulative, got \"sometimes\"",
        "policy.yaml:9:19: canary.onInconclusive: expected rollback or hold, got \"promote\"",
        "policy.yaml:10:3: canary.intervalSecs: unknown field; expected one of steps, intervalSeconds,"
            + " windowsPerStep, failureLimit, failureCounting, minRequests, inconclusiveLimit, onInconclusive, checks");
  }

  @Test
  void should_report_rules_of_the_canary_gate_in_the_policys_own_words() {
    String yaml = HEAD + """
        canary:
          steps: [50, 20]
          checks:
            maxErrorRate: 1.5
            errorRateVsChampion: {margin: 0, significance: 1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:6:3: canary: invalid policy: canary.steps must increase strictly: 20 follows 50",
        "policy.yaml:8:19: canary.checks.maxErrorRate: must be a fraction between 0 and 1, got 1.5",
        "policy.yaml:9:26: canary.checks.errorRateVsChampion: invalid policy:"
            + " canary.errorRateVsChampion.significance = 1 must be between 0 and 1, both excluded");
  }

  @Test
  void should_refuse_a_percentile_bounded_twice_and_a_bound_without_limits() {
    String yaml = HEAD + """
        canary:
          checks:
            latency:
              - {percentile: p99, maxMillis: 250}
              - {percentile: p99, maxRatio: 1.2}
              - {percentile: p95}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:9:22: canary.checks.latency[1].percentile: p99 is bounded twice"
            + " (first by canary.checks.latency[0])",
        "policy.yaml:10:9: canary.checks.latency[2]: invalid policy: canary.latency.p95 has neither maxMillis"
            + " nor maxRatio: give at least one");
  }

  @Test
  void should_refuse_a_canary_without_checks() {
    assertThat(ofYaml(HEAD + "canary: {checks: {}}\n")).containsExactly(
        "policy.yaml:5:18: canary.checks: invalid policy: canary has no checks: keep at least one, such as"
            + " maxErrorRate");
  }
}
