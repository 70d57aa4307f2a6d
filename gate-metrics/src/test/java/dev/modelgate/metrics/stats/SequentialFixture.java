package dev.modelgate.metrics.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of {@code fixtures/sequential-scipy-1.10.1.json}, written by {@code
 * src/test/python/gen_sequential_fixtures.py}: windows, margin and mixture, and the log e-value,
 * its running maximum and the anytime-valid p-value computed there from SciPy's binomial pmf.
 */
record SequentialFixture(String name, JsonNode json) {

  private static final String RESOURCE = "/fixtures/sequential-scipy-1.10.1.json";
  private static final JsonNode ROOT = read();

  private static JsonNode read() {
    try (InputStream in = SequentialFixture.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: run gen_sequential_fixtures.py");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cases of {@code "shares"} or {@code "counts"}. */
  static List<SequentialFixture> section(String section) {
    List<SequentialFixture> cases = new ArrayList<>();
    for (JsonNode node : ROOT.get(section)) {
      cases.add(new SequentialFixture(node.get("name").asText(), node));
    }
    return cases;
  }

  /** A fresh process with the case's margin and mixture. */
  BinomialEProcess start() {
    return BinomialEProcess.start(
        number("margin"), RateRatioMixture.of(doubles("multiples"), doubles("weights")));
  }

  List<JsonNode> windows() {
    List<JsonNode> windows = new ArrayList<>();
    json.get("windows").forEach(windows::add);
    return windows;
  }

  double number(String field) {
    return json.get(field).asDouble();
  }

  private double[] doubles(String field) {
    JsonNode node = json.get(field);
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).asDouble();
    }
    return out;
  }

  @Override
  public String toString() {
    return name;
  }
}
