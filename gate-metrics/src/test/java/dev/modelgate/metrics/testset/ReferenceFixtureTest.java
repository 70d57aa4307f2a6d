package dev.modelgate.metrics.testset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java split, keys and fingerprints agree with the independent Python implementation in
 * {@code src/test/python/testset_fixtures.py}, which was written from the documented algorithm.
 */
class ReferenceFixtureTest {

  private static final JsonNode FIXTURE = ReferenceFixture.load();
  private static final GermanCredit GERMAN = GermanCredit.load();

  static Stream<JsonNode> splits() {
    return ReferenceFixture.elements(FIXTURE, "splits").stream();
  }

  static Stream<JsonNode> fingerprints() {
    return ReferenceFixture.elements(FIXTURE, "fingerprints").stream();
  }

  static Stream<JsonNode> keys() {
    return ReferenceFixture.elements(FIXTURE, "keys").stream();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("splits")
  void should_choose_the_same_test_rows_as_the_python_reference(JsonNode reference) {
    String[][] data = data(reference);
    TestSetSplit split = TestSetSplit.builder()
        .seed(reference.get("seed").asLong())
        .testFraction(reference.get("testFraction").asDouble())
        .stratified(reference.get("stratified").asBoolean())
        .build();

    Split result = split.split(data[0], data[1]);

    assertThat(result.testIndices())
        .containsExactly(ReferenceFixture.ints(reference.get("testIndices")));
    assertThat(result.testSize()).isEqualTo(reference.get("testSize").asInt());
    assertThat(result.fingerprint()).hasToString(reference.get("fingerprint").asText());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("fingerprints")
  void should_compute_the_same_fingerprint_as_the_python_reference(JsonNode reference) {
    String[][] data = data(reference);

    Fingerprint fingerprint = Fingerprint.of(data[0], data[1]);

    assertThat(fingerprint).hasToString(reference.get("fingerprint").asText());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("keys")
  void should_compute_the_same_split_key_as_the_python_reference(JsonNode reference) {
    RowTable table =
        RowTable.of(new String[] {reference.get("rowId").asText()}, new String[] {"x"});

    long[] keys = SeededSelection.keys(table, reference.get("seed").asLong());

    assertThat(String.format("%016x", keys[0])).isEqualTo(reference.get("key").asText());
  }

  private static String[][] data(JsonNode reference) {
    JsonNode source = reference.get("data");
    if (source != null && source.asText().equals("german_credit.csv")) {
      return new String[][] {GERMAN.rowIds, GERMAN.labels};
    }
    return new String[][] {
      ReferenceFixture.strings(reference.get("rowIds")),
      ReferenceFixture.strings(reference.get("labels"))
    };
  }
}
