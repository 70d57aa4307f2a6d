package dev.modelgate.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A file with five problems gives five lines, in YAML and JSON alike, each at its own position. */
class PolicyFileAllAtOnceTest {

  private static final String EXPECTED_FIELDS =
      "$schema, apiVersion, name, fastTrack, metrics, costs, registration, championChallenger";

  @Test
  void should_report_five_problems_of_a_yaml_file_as_five_lines() {
    String yaml = """
        apiVersion: modelgate.dev/v1
        name: ""
        registration:
          require:
            - {metric: f1, greaterThan: high}
            - {metric: recall, atLeast: 0.5, atMost: 0.9}
        championChallenger: {compareOn: f1, guards: [{metric: recall}]}
        extra: true
        """;

    PolicyFileException e =
        catchThrowableOfType(PolicyFileException.class, () -> PolicyFiles.readYaml(yaml, "policy.yaml"));

    assertThat(e).hasMessage(String.join("\n",
        "policy.yaml:2:7: name: must not be blank",
        "policy.yaml:5:33: registration.require[0].greaterThan: expected a number, got \"high\"",
        "policy.yaml:6:7: registration.require[1]: atLeast and atMost on one check:"
            + " a check has exactly one comparison",
        "policy.yaml:7:46: championChallenger.guards[0].mayNotDropBy: required field is missing",
        "policy.yaml:8:1: extra: unknown field; expected one of " + EXPECTED_FIELDS));
    assertThat(e.source()).isEqualTo("policy.yaml");
    assertThat(e.problems()).hasSize(5);
    assertThat(e.problems().get(1))
        .isEqualTo(new PolicyFileProblem(
            "policy.yaml", 5, 33, "registration.require[0].greaterThan", "expected a number, got \"high\""));
  }

  @Test
  void should_report_the_same_five_problems_of_a_json_file_at_their_json_positions() {
    String json = """
        {
          "apiVersion": "modelgate.dev/v1",
          "name": "",
          "registration": {
            "require": [
              {"metric": "f1", "greaterThan": "high"},
              {"metric": "recall", "atLeast": 0.5, "atMost": 0.9}
            ]
          },
          "championChallenger": {"compareOn": "f1", "guards": [{"metric": "recall"}]},
          "extra": true
        }
        """;

    List<String> lines = FileProblems.ofJson(json);

    assertThat(lines).containsExactly(
        "policy.json:3:11: name: must not be blank",
        "policy.json:6:39: registration.require[0].greaterThan: expected a number, got \"high\"",
        "policy.json:7:7: registration.require[1]: atLeast and atMost on one check:"
            + " a check has exactly one comparison",
        "policy.json:10:56: championChallenger.guards[0].mayNotDropBy: required field is missing",
        "policy.json:11:3: extra: unknown field; expected one of " + EXPECTED_FIELDS);
  }

  @Test
  void should_name_text_read_from_a_string_by_its_format() {
    PolicyFileException yaml = catchThrowableOfType(PolicyFileException.class, () -> PolicyFiles.readYaml(""));
    PolicyFileException json = catchThrowableOfType(PolicyFileException.class, () -> PolicyFiles.readJson("[]"));

    assertThat(yaml.problems()).extracting(PolicyFileProblem::source).containsExactly("<yaml>");
    assertThat(json).hasMessage(
        "<json>:1:1: expected a policy: a mapping with apiVersion, name and registration, got a list");
  }
}
