package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gate evaluate --format json} against scikit-learn 1.2.1: the fixtures of {@code
 * src/test/python/gen_evaluate_fixtures.py} hold each run's flags and what scikit-learn, exact
 * decimal arithmetic (net benefit) and SHA-256 (fingerprint) computed. Ratios agree to 1e-12;
 * counts, labels, money and fingerprints exactly.
 */
class EvaluateMatchesSklearnTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Arguments> runs() throws IOException {
    try (InputStream in =
        EvaluateMatchesSklearnTest.class.getResourceAsStream("/fixtures/evaluate/expected.json")) {
      JsonNode root = MAPPER.readTree(in);
      List<Arguments> runs = new ArrayList<>();
      root.get("runs").forEach(run -> runs.add(Arguments.of(run.get("name").asText(), run)));
      return runs.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void should_match_scikit_learn(String name, JsonNode run) throws Exception {
    List<String> args = new ArrayList<>(List.of("evaluate", "--format", "json", "--data"));
    args.add(fixture(run.get("data").asText()).toString());
    run.get("args").forEach(arg -> args.add(arg.asText()));

    Cli.Run result = new Cli().run(args.toArray(new String[0]));

    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    JsonNode actual = MAPPER.readTree(result.out());
    assertMatches("", run.get("expect"), actual);
  }

  private static void assertMatches(String path, JsonNode expected, JsonNode actual) {
    assertThat(actual).as("%s is present", path).isNotNull();
    if (expected.isObject()) {
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        assertMatches(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
      }
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(path).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertMatches(path + "[" + i + "]", expected.get(i), actual.get(i));
      }
    } else if (expected.isFloatingPointNumber()) {
      assertThat(actual.asDouble()).as(path).isCloseTo(expected.asDouble(), within(1e-12));
    } else if (path.endsWith("netBenefit") || path.endsWith("onTestSet")) {
      assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(new BigDecimal(expected.asText()));
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(EvaluateMatchesSklearnTest.class.getResource("/fixtures/evaluate/" + name).toURI());
  }
}
