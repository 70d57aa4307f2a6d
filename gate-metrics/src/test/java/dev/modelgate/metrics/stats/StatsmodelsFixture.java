package dev.modelgate.metrics.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of {@code fixtures/paired-statsmodels-0.13.5.json}, written by {@code
 * src/test/python/gen_paired_fixtures.py}: the input and what statsmodels 0.13.5 or SciPy 1.10.1
 * returned for it.
 */
record StatsmodelsFixture(String name, JsonNode json) {

  private static final String RESOURCE = "/fixtures/paired-statsmodels-0.13.5.json";
  private static final JsonNode ROOT = read();

  private static JsonNode read() {
    try (InputStream in = StatsmodelsFixture.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: run gen_paired_fixtures.py");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cases of one section, such as {@code "mcnemar"}. */
  static List<StatsmodelsFixture> section(String section) {
    List<StatsmodelsFixture> cases = new ArrayList<>();
    for (JsonNode node : ROOT.get(section)) {
      cases.add(new StatsmodelsFixture(node.get("name").asText(), node));
    }
    return cases;
  }

  double[] doubles(String field) {
    JsonNode node = json.get(field);
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).asDouble();
    }
    return out;
  }

  double number(String field) {
    return json.get(field).asDouble();
  }

  long integer(String field) {
    return json.get(field).asLong();
  }

  String text(String field) {
    return json.get(field).asText();
  }

  boolean isNull(String field) {
    return json.get(field).isNull();
  }

  boolean flag(String field) {
    return json.get(field).asBoolean();
  }

  @Override
  public String toString() {
    return name;
  }
}
