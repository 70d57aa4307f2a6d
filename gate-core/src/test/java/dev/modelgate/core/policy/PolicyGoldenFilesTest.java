package dev.modelgate.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.QualityPolicy;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Pins the written format: each example policy written as YAML and as JSON is byte for byte its
 * golden file under {@code policies/golden}, and the golden files read back to the same policy.
 */
class PolicyGoldenFilesTest {

  static final Iterable<String> NAMES = ExamplePolicies.NAMES;

  @ParameterizedTest
  @FieldSource("NAMES")
  void should_write_each_example_as_its_golden_yaml(String name) throws IOException {
    QualityPolicy policy = PolicyFiles.read(ExamplePolicies.path(name + ".yaml"));

    assertThat(PolicyFiles.toYaml(policy)).isEqualTo(ExamplePolicies.text("golden/" + name + ".yaml"));
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void should_write_each_example_as_its_golden_json(String name) throws IOException {
    QualityPolicy policy = PolicyFiles.read(ExamplePolicies.path(name + ".yaml"));

    assertThat(PolicyFiles.toJson(policy)).isEqualTo(ExamplePolicies.text("golden/" + name + ".json"));
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void should_read_each_golden_file_back_to_the_example_policy(String name) throws IOException {
    QualityPolicy expected = ExamplePolicies.expected(name);

    assertThat(PolicyFiles.read(ExamplePolicies.path("golden/" + name + ".yaml"))).isEqualTo(expected);
    assertThat(PolicyFiles.read(ExamplePolicies.path("golden/" + name + ".json"))).isEqualTo(expected);
  }
}
