package dev.modelgate.core.policy;

import static dev.modelgate.core.policy.FileProblems.ofJson;
import static dev.modelgate.core.policy.FileProblems.ofYaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not a policy at all: broken syntax, nothing, something else, another version. */
class PolicyFileSyntaxTest {

  @Test
  void should_report_broken_yaml_where_the_parser_stopped() {
    String yaml = "apiVersion: modelgate.dev/v1\nname: [credit\nregistration: {}\n";

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:3:13: not valid YAML: expected ',' or ']', but got :");
  }

  @Test
  void should_report_a_file_of_binary_noise_as_not_yaml() {
    assertThat(ofYaml("\u0000\u0001\u0002")).containsExactly(
        "policy.yaml:1:1: not valid YAML: special characters are not allowed");
  }

  @Test
  void should_report_text_that_is_yaml_but_no_policy() {
    assertThat(ofYaml("Please find the policy attached.\n")).containsExactly(
        "policy.yaml:1:1: expected a policy: a mapping with apiVersion, name and registration,"
            + " got \"Please find the policy attached.\"");
    assertThat(ofYaml("- apiVersion: modelgate.dev/v1\n")).containsExactly(
        "policy.yaml:1:1: expected a policy: a mapping with apiVersion, name and registration, got a list");
  }

  @Test
  void should_report_an_empty_file_and_one_of_comments_only_as_empty() {
    String expected = "policy.yaml:1:1: the file is empty: a policy starts with apiVersion: modelgate.dev/v1";

    assertThat(ofYaml("")).containsExactly(expected);
    assertThat(ofYaml("\n  \n# nothing yet\n")).containsExactly(expected);
    assertThat(ofJson("  \n")).containsExactly(
        "policy.json:1:1: the file is empty: a policy starts with apiVersion: modelgate.dev/v1");
  }

  @Test
  void should_report_only_the_version_of_a_file_of_another_version() {
    String yaml = "apiVersion: modelgate.dev/v2\nname: credit\nregistration: {gates: []}\nnewField: 1\n";

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:1:13: apiVersion: unsupported apiVersion \"modelgate.dev/v2\":"
            + " this version of ModelGate reads modelgate.dev/v1");
  }

  @Test
  void should_report_a_missing_version_and_go_on_reading() {
    String yaml = "name: credit\nregistration: {require: [{metric: f1, greaterThan: 0.20}]}\nfoo: 1\n";

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:1:1: apiVersion: required field is missing",
        "policy.yaml:1:1: championChallenger: compares on net_benefit by default, which needs costs:"
            + " add a costs section or set compareOn",
        "policy.yaml:3:1: foo: unknown field; expected one of $schema, apiVersion, name, fastTrack,"
            + " metrics, costs, registration, championChallenger");
  }

  @Test
  void should_refuse_a_second_document_and_aliases() {
    String yaml = """
        apiVersion: modelgate.dev/v1
        name: &name credit
        registration: {require: [{metric: f1, greaterThan: 0.20}]}
        championChallenger: {compareOn: *name}
        ---
        name: other
        """;

    assertThat(ofYaml(yaml)).containsExactly(
        "policy.yaml:4:33: championChallenger.compareOn: YAML aliases (*name) are not supported:"
            + " write the value out",
        "policy.yaml:6:1: a policy file holds one document, but another one starts here");
  }

  @Test
  void should_report_broken_json_and_a_second_json_value() {
    assertThat(ofJson("{\"apiVersion\": \"modelgate.dev/v1\",\n \"name\": \"credit\",}\n")).containsExactly(
        "policy.json:2:19: not valid JSON: Unexpected character ('}' (code 125)):"
            + " was expecting double-quote to start field name");
    assertThat(ofJson("{\"apiVersion\": \"modelgate.dev/v1\"}\n{}")).contains(
        "policy.json:2:1: a policy file holds one document, but another one starts here");
  }

  @Test
  void should_report_bytes_that_are_not_utf_8_where_they_start(@TempDir Path dir) throws IOException {
    byte[] latin1 = "apiVersion: modelgate.dev/v1\nname: Kreditw\u00fcrdigkeit\n".getBytes("ISO-8859-1");
    Path file = Files.write(dir.resolve("policy.yaml"), latin1);

    assertThatThrownBy(() -> PolicyFiles.read(file))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(file + ":2:14: not UTF-8 text: a policy file is UTF-8");
  }
}
