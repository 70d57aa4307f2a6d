package dev.modelgate.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema accepts every example and rejects files that the reader rejects. */
class PolicySchemaTest {

  static final List<String> FILES = Stream.concat(
          Stream.of("german-credit.json", "canary-classes.json"),
          ExamplePolicies.NAMES.stream().flatMap(n -> Stream.of(n + ".yaml", "golden/" + n + ".yaml", "golden/" + n + ".json")))
      .toList();

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(PolicyFiles.jsonSchema());

  private static final String VALID = """
      apiVersion: modelgate.dev/v1
      name: credit
      registration: {require: [{metric: f1, greaterThan: 0.20}]}
      championChallenger: {compareOn: f1}
      """;

  @ParameterizedTest
  @FieldSource("FILES")
  void should_accept_every_example_and_golden_file(String file) {
    InputFormat format = file.endsWith(".json") ? InputFormat.JSON : InputFormat.YAML;

    assertThat(SCHEMA.validate(ExamplePolicies.text(file), format)).isEmpty();
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("an unknown field", VALID + "nmae: credit\n", "", "additionalProperties"),
        Arguments.of("a wrong type", VALID.replace("0.20", "high"), "/registration/require/0/greaterThan", "type"),
        Arguments.of("two comparisons", VALID.replace("0.20}", "0.20, atMost: 0.9}"), "/registration/require/0", "oneOf"),
        Arguments.of("another version", VALID.replace("/v1", "/v2"), "/apiVersion", "const"),
        Arguments.of("a missing name", VALID.replace("name: credit\n", ""), "", "required"),
        Arguments.of("a negative guard", VALID.replace("f1}", "f1, guards: [{metric: recall, mayNotDropBy: -1}]}"),
            "/championChallenger/guards/0/mayNotDropBy", "minimum"),
        Arguments.of("a declared well-known metric", VALID + "metrics: {f1: higher_is_better}\n", "/metrics", "propertyNames"),
        Arguments.of("an unknown canary field", VALID + "canary: {stepz: [20]}\n", "/canary", "additionalProperties"),
        Arguments.of("a canary step above 100", VALID + "canary: {steps: [120]}\n", "/canary/steps/0", "maximum"),
        Arguments.of("an unknown failure counting", VALID + "canary: {failureCounting: often}\n",
            "/canary/failureCounting", "enum"),
        Arguments.of("a canary without checks", VALID + "canary: {checks: {}}\n", "/canary/checks", "minProperties"),
        Arguments.of("a significance of 1", VALID + "canary: {checks: {chiSquare: {minPValue: 1}}}\n",
            "/canary/checks/chiSquare/minPValue", "exclusiveMaximum"),
        Arguments.of("a sequential alpha of 0", VALID + "canary: {checks: {errorRateSequential: {alpha: 0}}}\n",
            "/canary/checks/errorRateSequential/alpha", "exclusiveMinimum"),
        Arguments.of("a sequential latency test without its SLO",
            VALID + "canary: {checks: {latencySequential: {alpha: 0.05}}}\n", "/canary/checks/latencySequential",
            "required"),
        Arguments.of("a confidence of 1", VALID.replace("f1}", "f1, confidence: 1}"),
            "/championChallenger/confidence", "exclusiveMaximum"),
        Arguments.of("bootstrap settings without a confidence", VALID.replace("f1}", "f1, bootstrap: {seed: 7}}"),
            "/championChallenger", "dependentRequired"),
        Arguments.of("an unknown bootstrap method", VALID.replace("f1}", "f1, confidence: 0.95, bootstrap: {method: t}}"),
            "/championChallenger/bootstrap/method", "enum"),
        Arguments.of("no resamples", VALID.replace("f1}", "f1, confidence: 0.95, bootstrap: {resamples: 0}}"),
            "/championChallenger/bootstrap/resamples", "minimum"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void should_reject_a_file_that_the_reader_rejects(String what, String yaml, String location, String keyword) {
    List<Error> errors = SCHEMA.validate(yaml, InputFormat.YAML);

    assertThat(errors).extracting(e -> e.getInstanceLocation().toString(), Error::getKeyword)
        .contains(tuple(location, keyword));
    assertThatThrownBy(() -> PolicyFiles.readYaml(yaml)).isInstanceOf(PolicyFileException.class);
  }

  @Test
  void should_describe_every_field_it_defines() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(PolicyFiles.jsonSchema());

    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(undescribed(schema, "")).isEmpty();
  }

  @Test
  void should_know_the_same_top_level_fields_as_the_reader() throws IOException {
    JsonNode properties = new ObjectMapper().readTree(PolicyFiles.jsonSchema()).path("properties");
    String unknownField = FileProblems.ofYaml(VALID + "x: 1\n").get(0);

    List<String> names = iterable(properties.fieldNames());
    assertThat(unknownField).endsWith("expected one of " + String.join(", ", names));
  }

  /**
   * The paths of properties without a description under {@code node}; the subschemas of {@code
   * anyOf}, {@code oneOf} and {@code not} only restate rules of properties defined elsewhere.
   */
  private static List<String> undescribed(JsonNode node, String path) {
    List<String> found = new ArrayList<>();
    JsonNode properties = node.path("properties");
    for (String name : iterable(properties.fieldNames())) {
      if (!properties.path(name).has("description")) {
        found.add(path + "/" + name);
      }
    }
    for (String key : iterable(node.fieldNames())) {
      JsonNode child = node.path(key);
      if (child.isObject() && !List.of("anyOf", "oneOf", "not").contains(key)) {
        found.addAll(undescribed(child, path + "/" + key));
      }
    }
    return found;
  }

  private static <T> List<T> iterable(Iterator<T> iterator) {
    List<T> list = new ArrayList<>();
    iterator.forEachRemaining(list::add);
    return list;
  }
}
