package dev.modelgate.core.internal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.internal.json.CoreJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * The canonical form of a JSON tree, the text a hash is taken of: keys sorted at every level
 * (arrays keep their order), no whitespace, decimals in plain notation as written ({@code 0.20}
 * stays {@code 0.20}), UTF-8. Stateless and thread-safe.
 */
final class Canonical {

  private Canonical() {}

  /** {@code node} in canonical form. */
  static String json(JsonNode node) {
    try {
      return CoreJson.mapper().writeValueAsString(sorted(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree is always writable", e);
    }
  }

  /** {@code sha256:} and the lower-case hex SHA-256 of {@code text} in UTF-8. */
  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      TreeSet<String> names = new TreeSet<>();
      node.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        copy.set(name, sorted(node.get(name)));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        copy.add(sorted(it.next()));
      }
      return copy;
    }
    return node;
  }
}
