package dev.modelgate.core.policy;

import static dev.modelgate.core.policy.FileProblems.ofYaml;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Unknown fields, values of the wrong type, missing and repeated fields: exact text and position. */
class PolicyFileTypeProblemsTest {

  @Test
  void should_name_an_unknown_top_level_field_and_the_fields_it_could_be() {
    String yaml = """
        apiVersion: modelgate.dev/v1
        name: credit
        nmae: credit
        registration: {require: [{metric: f1, greaterThan: 0.20}]}
        championChallenger: {compareOn: f1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:3:1: nmae: unknown field; expected one of $schema, apiVersion, name, fastTrack,"
            + " metrics, costs, registration, championChallenger");
  }

  @Test
  void should_name_a_misspelt_comparison_and_the_check_it_leaves_without_one() {
    String yaml = """
        apiVersion: modelgate.dev/v1
        name: credit
        registration:
          require:
            - {metric: f1, greaterThen: 0.20}
        championChallenger: {compareOn: f1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:5:7: registration.require[0]: a check needs one comparison:"
            + " greaterThan, atLeast, lessThan or atMost",
        "policy.yaml:5:20: registration.require[0].greaterThen: unknown field;"
            + " expected one of metric, greaterThan, atLeast, lessThan, atMost");
  }

  @Test
  void should_refuse_text_where_a_number_belongs_even_when_it_looks_like_one() {
    String yaml = """
        apiVersion: modelgate.dev/v1
        name: credit
        registration:
          require:
            - {metric: f1, greaterThan: high}
            - {metric: recall, atLeast: "0.50"}
        championChallenger: {compareOn: f1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:5:33: registration.require[0].greaterThan: expected a number, got \"high\"",
        "policy.yaml:6:33: registration.require[1].atLeast: expected a number, got \"0.50\"");
  }

  @Test
  void should_describe_what_was_found_for_each_kind_of_value() {
    String yaml = """
        apiVersion: modelgate.dev/v1
        name: {first: credit}
        costs:
          positiveLabel: No
          values: [0, 0, -500, 100]
          perRows: 1.5
        registration: [f1]
        championChallenger:
          compareOn: f1
          minImprovement: .inf
          firstModel: true
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:2:7: name: expected a string, got a mapping",
        "policy.yaml:4:18: costs.positiveLabel: expected a string or a whole number, got the boolean No",
        "policy.yaml:5:11: costs.values: expected a mapping, got a list",
        "policy.yaml:6:12: costs.perRows: expected a whole number, got the number 1.5",
        "policy.yaml:7:15: registration: expected a mapping, got a list",
        "policy.yaml:10:19: championChallenger.minImprovement: expected a finite number, got .inf",
        "policy.yaml:11:15: championChallenger.firstModel: expected a string, got the boolean true");
  }

  @Test
  void should_take_an_empty_value_as_blank_and_null_as_no_value_at_all() {
    String yaml = """
        apiVersion: modelgate.dev/v1
        name:
        registration: {require: [{metric: f1, greaterThan: 0.20}]}
        championChallenger: {compareOn: null}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:2:6: name: must not be blank",
        "policy.yaml:4:33: championChallenger.compareOn: expected a string, got null");
  }

  @Test
  void should_report_a_missing_field_where_its_mapping_starts() {
    String yaml = """
        apiVersion: modelgate.dev/v1
        registration:
          require:
            - {greaterThan: 0.20}
        championChallenger: {compareOn: f1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:1:1: name: required field is missing",
        "policy.yaml:4:7: registration.require[0].metric: required field is missing");
  }

  @Test
  void should_refuse_a_field_given_twice_naming_the_line_of_the_first() {
    String yaml = """
        apiVersion: modelgate.dev/v1
        name: credit
        registration: {require: [{metric: f1, greaterThan: 0.20}]}
        name: credit-risk
        championChallenger: {compareOn: f1, compareOn: f1}
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:4:1: name: given twice (first on line 2)",
        "policy.yaml:5:37: championChallenger.compareOn: given twice (first on line 5)");
  }
}
