package dev.modelgate.metrics.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of {@code fixtures/stats-scipy-1.10.1.json}, written by {@code
 * src/test/python/gen_stats_fixtures.py}: the input and what SciPy 1.10.1 (or the NumPy PSI
 * written there) returned for it. A {@code null} upper bound in the JSON is {@code +Infinity}.
 */
record ScipyFixture(String name, JsonNode json) {

  private static final String RESOURCE = "/fixtures/stats-scipy-1.10.1.json";
  private static final JsonNode ROOT = read();

  private static JsonNode read() {
    try (InputStream in = ScipyFixture.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: run gen_stats_fixtures.py");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cases of one section, such as {@code "ks"}. */
  static List<ScipyFixture> section(String section) {
    List<ScipyFixture> cases = new ArrayList<>();
    int i = 0;
    for (JsonNode node : ROOT.get(section)) {
      String name = node.has("name") ? node.get("name").asText() : section + "_" + i;
      cases.add(new ScipyFixture(name, node));
      i++;
    }
    return cases;
  }

  /** The numbers at {@code field}; null is +Infinity (an upper bound). */
  double[] doubles(String field) {
    JsonNode node = json.get(field);
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).isNull() ? Double.POSITIVE_INFINITY : node.get(i).asDouble();
    }
    return out;
  }

  long[] longs(String field) {
    JsonNode node = json.get(field);
    long[] out = new long[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).asLong();
    }
    return out;
  }

  /** The scores at {@code field}, or the ones its {@code field_recipe} makes. */
  double[] scores(String field) {
    return json.has(field) ? doubles(field) : recipe(json.get(field + "_recipe"));
  }

  /** {@code value_i = ((i·a + b) mod m) / m + offset}, as the generator computes it. */
  private static double[] recipe(JsonNode r) {
    int n = r.get("n").asInt();
    long a = r.get("a").asLong();
    long b = r.get("b").asLong();
    long mod = r.get("mod").asLong();
    double offset = r.get("offset").asDouble();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = (double) ((i * a + b) % mod) / mod + offset;
    }
    return out;
  }

  double number(String path) {
    return json.at("/" + path).asDouble();
  }

  long integer(String path) {
    return json.at("/" + path).asLong();
  }

  String text(String path) {
    return json.at("/" + path).asText();
  }

  boolean has(String field) {
    return json.has(field);
  }

  @Override
  public String toString() {
    return name;
  }
}
