package dev.modelgate.core.policy;

import static dev.modelgate.core.policy.FileProblems.ofYaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.Confidence;
import dev.modelgate.core.QualityPolicy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@code championChallenger.confidence} and {@code bootstrap} in policy files: defaults and problems. */
class PolicyFileConfidenceTest {

  private static final String HEAD = """
      apiVersion: modelgate.dev/v1
      name: credit
      registration: {require: [{metric: f1, greaterThan: 0.20}]}
      """;

  @Test
  void should_read_a_confidence_with_the_default_bootstrap_and_write_it_back_alone() {
    QualityPolicy policy = PolicyFiles.readYaml(HEAD + "championChallenger: {compareOn: f1, confidence: 0.95}\n", "p.yaml");

    assertThat(policy.championChallenger().confidence()).isEqualTo(Confidence.of(new BigDecimal("0.95")));
    assertThat(PolicyFiles.toYaml(policy)).contains("  confidence: 0.95\n").doesNotContain("bootstrap");
  }

  @Test
  void should_default_each_bootstrap_setting_that_is_not_written() {
    QualityPolicy policy = PolicyFiles.readYaml(
        HEAD + "championChallenger: {compareOn: f1, confidence: 0.9, bootstrap: {seed: 7}}\n", "p.yaml");

    assertThat(policy.championChallenger().confidence()).isEqualTo(Confidence.of(new BigDecimal("0.9")).withSeed(7));
  }

  @Test
  void should_refuse_a_level_that_is_not_between_zero_and_one() {
    assertThat(ofYaml(HEAD + "championChallenger: {compareOn: f1, confidence: 95}\n")).containsExactly(
        "policy.yaml:4:49: championChallenger.confidence: must be a level between 0 and 1, both excluded,"
            + " such as 0.95, got 95");
  }

  @Test
  void should_refuse_bootstrap_settings_without_a_confidence() {
    assertThat(ofYaml(HEAD + "championChallenger: {compareOn: f1, bootstrap: {seed: 7}}\n")).containsExactly(
        "policy.yaml:4:48: championChallenger.bootstrap: bootstrap settings need a confidence: add confidence,"
            + " such as confidence: 0.95");
  }

  @Test
  void should_report_every_bad_bootstrap_setting_at_once() {
    String yaml = HEAD + """
        championChallenger:
          compareOn: f1
          confidence: 0.95
          bootstrap: {resamples: 0, seed: seven, method: bootstrap_t, extra: 1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:7:26: championChallenger.bootstrap.resamples: must be at least 1, got 0",
        "policy.yaml:7:35: championChallenger.bootstrap.seed: expected a whole number, got \"seven\"",
        "policy.yaml:7:50: championChallenger.bootstrap.method: expected percentile or bca, got \"bootstrap_t\"",
        "policy.yaml:7:63: championChallenger.bootstrap.extra: unknown field; expected one of resamples, seed, method");
  }

  @Test
  void should_refuse_more_resamples_than_the_limit() {
    assertThat(ofYaml(HEAD + "championChallenger: {compareOn: f1, confidence: 0.95, bootstrap: {resamples: 2000000}}\n"))
        .containsExactly(
            "policy.yaml:4:78: championChallenger.bootstrap.resamples: must be at most 1000000, got 2000000");
  }

  @Test
  void should_refuse_confidence_on_a_metric_without_paired_intervals() {
    assertThat(ofYaml(HEAD + "championChallenger: {compareOn: roc_auc, confidence: 0.95}\n")).containsExactly(
        "policy.yaml:4:21: championChallenger: invalid policy: championChallenger compares on roc_auc with"
            + " confidence, but only accuracy, error_rate, precision, recall, f1 and net_benefit have paired"
            + " intervals");
  }
}
