package dev.modelgate.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The scikit-learn cases of {@code fixtures/classification_metrics.json}, written by {@code
 * src/test/python/gen_classification_fixtures.py}, and the matrices built from them.
 */
final class SklearnFixtures {

  private static final String RESOURCE = "/fixtures/classification_metrics.json";
  private static final List<JsonNode> CASES = load();

  private SklearnFixtures() {}

  /** One {@code (name, case)} pair per case, for {@code @MethodSource}. */
  static Stream<Arguments> cases() {
    return CASES.stream().map(c -> Arguments.of(c.get("name").asText(), c));
  }

  /** The labels of a case in scikit-learn's order. */
  static List<String> labels(JsonNode c) {
    List<String> labels = new ArrayList<>();
    c.get("labels").forEach(l -> labels.add(l.asText()));
    return labels;
  }

  static int[] ints(JsonNode array) {
    int[] values = new int[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asInt();
    }
    return values;
  }

  static double[] doubles(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }

  /** The case's rows as label strings. */
  static String[] strings(JsonNode c, String field) {
    List<String> labels = labels(c);
    int[] indices = ints(c.get(field));
    String[] values = new String[indices.length];
    for (int i = 0; i < indices.length; i++) {
      values[i] = labels.get(indices[i]);
    }
    return values;
  }

  static double @Nullable [] weights(JsonNode c) {
    JsonNode weights = c.get("weights");
    return weights.isNull() ? null : doubles(weights);
  }

  static boolean weighted(JsonNode c) {
    return !c.get("weights").isNull();
  }

  /** The case's matrix from class indices and declared labels, weighted if the case is. */
  static ConfusionMatrix matrixOfIndices(JsonNode c) {
    LabelDictionary labels = LabelDictionary.of(labels(c));
    int[] truth = ints(c.get("truth"));
    int[] predicted = ints(c.get("predicted"));
    double[] weights = weights(c);
    return weights == null
        ? ConfusionMatrix.of(labels, truth, predicted)
        : ConfusionMatrix.of(labels, truth, predicted, weights);
  }

  /**
   * The case's matrix from label strings: with the labels derived from the data if the case says
   * so (scikit-learn given no {@code labels}), else with the declared labels.
   */
  static ConfusionMatrix matrixOfStrings(JsonNode c) {
    String[] truth = strings(c, "truth");
    String[] predicted = strings(c, "predicted");
    double[] weights = weights(c);
    if (c.get("derive_labels").asBoolean()) {
      return weights == null
          ? ConfusionMatrix.ofLabels(truth, predicted)
          : ConfusionMatrix.ofLabels(truth, predicted, weights);
    }
    LabelDictionary labels = LabelDictionary.of(labels(c));
    return weights == null
        ? ConfusionMatrix.ofLabels(labels, truth, predicted)
        : ConfusionMatrix.ofLabels(labels, truth, predicted, weights);
  }

  private static List<JsonNode> load() {
    try (InputStream in =
        Objects.requireNonNull(SklearnFixtures.class.getResourceAsStream(RESOURCE), RESOURCE)) {
      List<JsonNode> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).get("cases").forEach(cases::add);
      return List.copyOf(cases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
