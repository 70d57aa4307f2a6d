package dev.modelgate.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * How the commands write JSON: pretty-printed, field order as built, decimals exactly as computed
 * and never in exponent notation ({@code 50000.00}), and an undefined metric (0/0) as the string
 * {@code "NaN"}, as the gates' reports write it.
 *
 * <p>Stateless and thread-safe.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private Json() {}

  /** A new, empty JSON object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** {@code node} as pretty-printed text, without a trailing line break. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts {@code value} under {@code key}: a number, or {@code "NaN"} when undefined. */
  public static void putMetric(ObjectNode node, String key, double value) {
    if (Double.isNaN(value)) {
      node.put(key, "NaN");
    } else {
      node.put(key, value);
    }
  }

  /** Puts the exact decimal {@code value} under {@code key}. */
  public static void putDecimal(ObjectNode node, String key, BigDecimal value) {
    node.put(key, value);
  }
}
