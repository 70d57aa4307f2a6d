package dev.modelgate.metrics.curve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.metrics.LabelDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of {@code fixtures/curve-sklearn-1.2.1.json}, written by {@code
 * src/test/python/gen_curve_fixtures.py}: the input and what scikit-learn 1.2.1 returned for it.
 * A {@code null} number in the JSON is scikit-learn's {@code NaN}.
 */
record SklearnCurveCase(String name, JsonNode json) {

  private static final String RESOURCE = "/fixtures/curve-sklearn-1.2.1.json";

  static List<SklearnCurveCase> all() {
    try (InputStream in = SklearnCurveCase.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: run gen_curve_fixtures.py");
      }
      List<SklearnCurveCase> cases = new ArrayList<>();
      for (JsonNode node : new ObjectMapper().readTree(in).get("cases")) {
        cases.add(new SklearnCurveCase(node.get("name").asText(), node));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The curve of this case's input, built from class indices. */
  ThresholdCurve curve() {
    LabelDictionary labels = LabelDictionary.indices(json.get("classes").asInt());
    int positive = json.get("positive").asInt();
    return json.get("weights").isNull()
        ? ThresholdCurve.of(labels, positive, truth(), scores())
        : ThresholdCurve.of(labels, positive, truth(), scores(), doubles("weights"));
  }

  int[] truth() {
    JsonNode node = json.get("truth");
    int[] out = new int[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).asInt();
    }
    return out;
  }

  boolean[] positives() {
    int positive = json.get("positive").asInt();
    int[] truth = truth();
    boolean[] out = new boolean[truth.length];
    for (int i = 0; i < truth.length; i++) {
      out[i] = truth[i] == positive;
    }
    return out;
  }

  double[] scores() {
    return doubles("scores");
  }

  boolean weighted() {
    return !json.get("weights").isNull();
  }

  /** The numbers at a slash-separated path such as {@code "pr/precision"}; null is NaN. */
  double[] doubles(String path) {
    JsonNode node = json.at("/" + path);
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).isNull() ? Double.NaN : node.get(i).asDouble();
    }
    return out;
  }

  /** The number at {@code path}; null is NaN. */
  double number(String path) {
    JsonNode node = json.at("/" + path);
    return node.isNull() ? Double.NaN : node.asDouble();
  }

  boolean has(String path) {
    return !json.at("/" + path).isNull();
  }

  @Override
  public String toString() {
    return name;
  }
}
