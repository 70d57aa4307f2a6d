package dev.modelgate.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.QualityPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class PolicyExamplesTest {

  static final Iterable<String> NAMES = ExamplePolicies.NAMES;

  @ParameterizedTest
  @FieldSource("NAMES")
  void should_read_each_example_as_the_policy_it_says_in_java(String name) throws IOException {
    QualityPolicy read = PolicyFiles.read(ExamplePolicies.path(name + ".yaml"));

    assertThat(read).isEqualTo(ExamplePolicies.expected(name));
  }

  @Test
  void should_read_the_json_example_as_the_same_policy_as_the_yaml_one() throws IOException {
    QualityPolicy json = PolicyFiles.read(ExamplePolicies.path("german-credit.json"));

    assertThat(json).isEqualTo(ExamplePolicies.germanCredit());
  }

  @Test
  void should_keep_the_scale_of_decimals_as_written() {
    QualityPolicy policy = PolicyFiles.readYaml(ExamplePolicies.text("german-credit.yaml"));

    assertThat(policy.registration().checks().get(1).bound()).hasToString("0.20");
    assertThat(policy.championChallenger().guards().get(0).maxDrop()).hasToString("0.05");
  }

  @Test
  void should_read_a_yml_file_as_yaml(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("policy.yml"), ExamplePolicies.text("f1-only.yaml"));

    assertThat(PolicyFiles.read(file)).isEqualTo(ExamplePolicies.f1Only());
  }

  @Test
  void should_name_the_file_in_problems_as_it_was_given(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("broken.yaml"), "apiVersion: modelgate.dev/v0\n");

    assertThatThrownBy(() -> PolicyFiles.read(file))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(file + ":1:13: apiVersion: unsupported apiVersion \"modelgate.dev/v0\":"
            + " this version of ModelGate reads modelgate.dev/v1");
  }

  @Test
  void should_refuse_a_file_whose_name_says_neither_yaml_nor_json(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("policy.txt"), ExamplePolicies.text("f1-only.yaml"));

    assertThatThrownBy(() -> PolicyFiles.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(PolicyFileException.class)
        .hasMessage("policy file " + file + ": the name must end in .yaml, .yml or .json");
  }

  @Test
  void should_read_a_file_that_starts_with_a_byte_order_mark(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("policy.json"), "\uFEFF" + ExamplePolicies.text("german-credit.json"));

    assertThat(PolicyFiles.read(file)).isEqualTo(ExamplePolicies.germanCredit());
  }
}
