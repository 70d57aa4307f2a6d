package dev.modelgate.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.core.canary.WindowResult;
import dev.modelgate.core.report.Reports;
import dev.modelgate.core.spi.AliasChange;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * {@code gate canary --format json}: one JSON object per line, a {@code "type": "window"} object as
 * each window closes and a {@code "type": "verdict"} object at the end. Their fields are those of
 * the canary report ({@link Reports#toJsonLine(WindowResult)}, {@link
 * Reports#toJsonLine(CanaryVerdict)}); the verdict adds {@code report} (the
 * report file, or null) and {@code championRestored} (the move of {@code @champion} back to the
 * champion after a run that did not promote, or null). Decimals stay exact. Stateless and
 * thread-safe.
 */
public final class CanaryJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private CanaryJson() {}

  /** The line of a window. */
  public static String window(WindowResult window) {
    return write(typed("window", Reports.toJsonLine(window)));
  }

  /** The final line: the verdict and what the command did besides. */
  public static String verdict(
      CanaryVerdict verdict, @Nullable String report, @Nullable AliasChange restored) {
    ObjectNode node = typed("verdict", Reports.toJsonLine(verdict));
    node.put("report", report);
    if (restored == null) {
      node.putNull("championRestored");
    } else {
      ObjectNode move = node.putObject("championRestored");
      move.put("from", restored.from().orElse(null));
      move.put("to", restored.to().orElse(null));
      move.put("actor", restored.actor());
      move.put("at", restored.at().toString());
    }
    return write(node);
  }

  private static ObjectNode typed(String type, String line) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", type);
    try {
      node.setAll((ObjectNode) MAPPER.readTree(line));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the core wrote a line that is not JSON", e);
    }
    return node;
  }

  private static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
