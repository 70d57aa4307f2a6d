package dev.modelgate.core.policy;

import static dev.modelgate.core.policy.FileProblems.ofYaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.Metric;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.QualityPolicy;
import org.junit.jupiter.api.Test;

/** Metrics are named: well-known ones carry their direction, others are declared once under metrics. */
class PolicyFileMetricsTest {

  private static final String HEAD = "apiVersion: modelgate.dev/v1\nname: credit\n";

  @Test
  void should_give_every_use_of_a_declared_metric_its_declared_direction() {
    String yaml = HEAD + """
        metrics: {latency.p99: lower_is_better}
        registration: {require: [{metric: latency.p99, lessThan: 250}]}
        championChallenger: {compareOn: f1, guards: [{metric: latency.p99, mayNotDropBy: 10}]}
        """;

    QualityPolicy policy = PolicyFiles.readYaml(yaml);

    Metric latency = Metric.lowerIsBetter("latency.p99");
    assertThat(policy.registration().checks().get(0).metric()).isEqualTo(latency);
    assertThat(policy.championChallenger().guards().get(0).metric()).isEqualTo(latency);
    assertThat(policy.championChallenger().compareOn()).isEqualTo(Metrics.F1);
  }

  @Test
  void should_ask_for_the_direction_of_a_metric_that_is_not_well_known() {
    String yaml = HEAD + """
        registration: {require: [{metric: uplift, greaterThan: 0}]}
        championChallenger: {compareOn: f1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:3:35: registration.require[0].metric: unknown metric \"uplift\":"
            + " declare its direction under metrics, as in metrics: {uplift: higher_is_better}");
  }

  @Test
  void should_refuse_names_that_are_not_metric_names() {
    String yaml = HEAD + """
        metrics: {Uplift: higher_is_better}
        registration: {require: [{metric: F1, greaterThan: 0.20}]}
        championChallenger: {compareOn: f1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:3:11: metrics.Uplift: \"Uplift\" is not a metric name:"
            + " lower case letters, digits, _ and ., starting with a letter",
        "policy.yaml:4:35: registration.require[0].metric: \"F1\" is not a metric name:"
            + " lower case letters, digits, _ and ., starting with a letter");
  }

  @Test
  void should_refuse_declaring_a_well_known_metric_even_with_its_own_direction() {
    String yaml = HEAD + """
        metrics:
          f1: higher_is_better
          error_rate: higher_is_better
        registration: {require: [{metric: f1, greaterThan: 0.20}, {metric: error_rate, atMost: 0.1}]}
        championChallenger: {compareOn: f1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:4:3: metrics.f1: f1 is a well-known metric (higher_is_better): remove it from metrics",
        "policy.yaml:5:3: metrics.error_rate: error_rate is a well-known metric (lower_is_better):"
            + " remove it from metrics");
  }

  @Test
  void should_refuse_a_declaration_that_nothing_uses_so_that_a_typo_shows() {
    String yaml = HEAD + """
        metrics:
          uplfit: higher_is_better
        registration: {require: [{metric: uplift, greaterThan: 0}]}
        championChallenger: {compareOn: f1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:4:3: metrics.uplfit: declared but used by no check",
        "policy.yaml:5:35: registration.require[0].metric: unknown metric \"uplift\":"
            + " declare its direction under metrics, as in metrics: {uplift: higher_is_better}");
  }
}
