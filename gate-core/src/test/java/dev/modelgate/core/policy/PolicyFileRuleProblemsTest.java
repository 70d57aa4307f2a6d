package dev.modelgate.core.policy;

import static dev.modelgate.core.policy.FileProblems.ofYaml;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Impossible combinations and values out of range: exact text and position. */
class PolicyFileRuleProblemsTest {

  private static final String HEAD = "apiVersion: modelgate.dev/v1\nname: credit\n";

  @Test
  void should_refuse_two_comparisons_on_one_check() {
    String yaml = HEAD + """
        registration:
          require:
            - {metric: f1, greaterThan: 0.20, atMost: 0.90}
        championChallenger: {compareOn: f1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:5:7: registration.require[0]: greaterThan and atMost on one check:"
            + " a check has exactly one comparison");
  }

  @Test
  void should_refuse_negative_bounds_on_guards_and_improvements() {
    String yaml = HEAD + """
        registration: {require: [{metric: f1, greaterThan: 0.20}]}
        championChallenger:
          compareOn: f1
          minImprovement: -0.01
          minRelativeImprovement: -1
          guards:
            - {metric: recall, mayNotDropBy: -0.02}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:6:19: championChallenger.minImprovement: must be at least 0, got -0.01",
        "policy.yaml:7:27: championChallenger.minRelativeImprovement: must be at least 0, got -1",
        "policy.yaml:9:38: championChallenger.guards[0].mayNotDropBy: must be at least 0, got -0.02");
  }

  @Test
  void should_refuse_a_production_volume_below_one_row() {
    String yaml = HEAD + """
        costs:
          positiveLabel: Bad
          values: {tp: 0, fp: 0, fn: -500, tn: 100}
          perRows: 0
        registration: {require: [{metric: net_benefit, greaterThan: 0}]}
        """;

    assertThat(ofYaml(yaml)).containsExactly("policy.yaml:6:12: costs.perRows: must be at least 1, got 0");
  }

  @Test
  void should_point_at_the_first_use_of_net_benefit_when_costs_are_missing() {
    String yaml = HEAD + """
        registration:
          require:
            - {metric: f1, greaterThan: 0.20}
            - {metric: net_benefit, greaterThan: 40000}
        championChallenger: {compareOn: net_benefit}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:6:16: registration.require[1].metric: net_benefit needs costs:"
            + " add a costs section with the cost matrix");
  }

  @Test
  void should_explain_that_the_default_compares_on_net_benefit_when_costs_are_missing() {
    String yaml = HEAD + """
        registration: {require: [{metric: f1, greaterThan: 0.20}]}
        championChallenger: {firstModel: hold}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:4:21: championChallenger.compareOn: compares on net_benefit by default,"
            + " which needs costs: add a costs section or set compareOn");
  }

  @Test
  void should_refuse_a_registration_gate_without_checks_and_an_empty_group() {
    String yaml = HEAD + """
        registration: {require: []}
        championChallenger: {compareOn: f1}
        """;
    String emptyGroup = HEAD + """
        registration: {require: [{metric: f1, greaterThan: 0.20}], anyOf: [[]]}
        championChallenger: {compareOn: f1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:3:15: registration: needs at least one check under require or anyOf");
    assertThat(ofYaml(emptyGroup)).containsExactly(
        "policy.yaml:3:68: registration.anyOf[0]: an anyOf group needs at least one check");
  }

  @Test
  void should_refuse_a_metric_guarded_twice_or_guarding_the_compared_metric() {
    String yaml = HEAD + """
        registration: {require: [{metric: f1, greaterThan: 0.20}]}
        championChallenger:
          compareOn: f1
          guards:
            - {metric: recall, mayNotDropBy: 0.02}
            - {metric: recall, mayNotDropBy: 0.03}
            - {metric: f1, mayNotDropBy: 0}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:8:16: championChallenger.guards[1].metric: recall is guarded twice"
            + " (first by championChallenger.guards[0])",
        "policy.yaml:9:16: championChallenger.guards[2].metric: f1 is the metric compareOn compares:"
            + " a strictly better candidate never drops on it, so this guard can never fail");
  }

  @Test
  void should_refuse_choices_that_do_not_exist() {
    String yaml = HEAD + """
        metrics: {uplift: up}
        registration: {require: [{metric: uplift, greaterThan: 0}]}
        championChallenger: {compareOn: uplift, firstModel: never}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:3:19: metrics.uplift: expected higher_is_better or lower_is_better, got \"up\"",
        "policy.yaml:5:53: championChallenger.firstModel: expected promote_if_registered or hold,"
            + " got \"never\"");
  }

  @Test
  void should_refuse_blank_names_reasons_and_labels() {
    String yaml = """
        apiVersion: modelgate.dev/v1
        name: "  "
        fastTrack: {reason: "", approver: cto}
        costs: {positiveLabel: " ", values: {tp: 0, fp: 0, fn: -500, tn: 100}}
        registration: {require: [{metric: f1, greaterThan: 0.10}]}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:2:7: name: must not be blank",
        "policy.yaml:3:21: fastTrack.reason: must not be blank",
        "policy.yaml:4:24: costs.positiveLabel: must not be blank");
  }
}
