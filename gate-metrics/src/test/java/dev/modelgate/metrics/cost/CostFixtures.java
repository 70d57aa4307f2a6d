package dev.modelgate.metrics.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON fixtures written by {@code src/test/python/cost_fixtures.py}. */
final class CostFixtures {

  private CostFixtures() {}

  static JsonNode read(String name) {
    try (InputStream in = CostFixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("fixture " + name + " is missing: run cost_fixtures.py");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }

  static long[] longs(JsonNode array) {
    long[] out = new long[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asLong();
    }
    return out;
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  static String[] texts(JsonNode array) {
    String[] out = new String[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asText();
    }
    return out;
  }

  static BigDecimal[][] decimals(JsonNode matrix) {
    BigDecimal[][] out = new BigDecimal[matrix.size()][];
    for (int t = 0; t < out.length; t++) {
      out[t] = new BigDecimal[matrix.get(t).size()];
      for (int p = 0; p < out[t].length; p++) {
        out[t][p] = new BigDecimal(matrix.get(t).get(p).asText());
      }
    }
    return out;
  }

  /** The expected cell contributions, row-major, as the Python oracle wrote them. */
  static List<CellContribution> cells(JsonNode cells) {
    List<CellContribution> out = new ArrayList<>();
    for (JsonNode cell : cells) {
      out.add(new CellContribution(
          cell.get("truth").asInt(), cell.get("predicted").asInt(),
          new BigDecimal(cell.get("count").asText()), new BigDecimal(cell.get("amount").asText()),
          new BigDecimal(cell.get("contribution").asText())));
    }
    return out;
  }

  static BinaryCosts binary(JsonNode costs) {
    return BinaryCosts.of(
        costs.get("tp").asText(), costs.get("fp").asText(),
        costs.get("fn").asText(), costs.get("tn").asText());
  }
}
