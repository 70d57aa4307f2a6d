package dev.modelgate.metrics.testset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixture written by {@code src/test/python/testset_fixtures.py}, a second implementation of
 * the split and fingerprint in Python.
 */
final class ReferenceFixture {

  static final String RESOURCE = "/testset/testset_fixtures.json";

  private ReferenceFixture() {}

  static JsonNode load() {
    try (InputStream in = ReferenceFixture.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The elements of {@code parent.get(field)} of the fixture, which must be an array. */
  static List<JsonNode> elements(JsonNode parent, String field) {
    List<JsonNode> out = new ArrayList<>();
    parent.get(field).forEach(out::add);
    return out;
  }

  static String[] strings(JsonNode array) {
    String[] out = new String[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asText();
    }
    return out;
  }

  static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }
}
