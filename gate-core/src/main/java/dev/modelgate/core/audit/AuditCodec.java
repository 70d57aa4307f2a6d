package dev.modelgate.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.internal.json.CoreJson;
import dev.modelgate.core.internal.json.JsonProblems;
import dev.modelgate.core.internal.json.JsonShapeException;
import dev.modelgate.core.internal.json.ObjectFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The line format and canonical form of audit entries. Stateless and thread-safe.
 *
 * <p>A payload is normalized once, when appended: written and read back, so that every number is
 * an exact decimal and re-serializing it later gives the same bytes. The canonical form sorts keys
 * at every level, which makes the hash independent of the order fields were written in.
 */
final class AuditCodec {

  private static final ObjectMapper MAPPER = CoreJson.mapper();
  private static final Set<String> FIELDS =
      Set.of("seq", "time", "type", "payload", "prevHash", "hash");

  private AuditCodec() {}

  /** {@code value} (a map, a JSON string's tree, a core value) as a normalized JSON object. */
  static ObjectNode normalizedPayload(Object value) {
    JsonNode node;
    try {
      node = MAPPER.readTree(MAPPER.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new IllegalArgumentException("payload cannot be written as JSON: " + e.getMessage(), e);
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          JsonProblems.notAnObject("payload", JsonProblems.describe(node)));
    }
    return sorted((ObjectNode) node);
  }

  /** The entry as one line of JSON, without the line break. */
  static String line(long seq, Instant time, String type, ObjectNode payload, String prevHash) {
    ObjectNode entry = unhashed(seq, time.toString(), type, payload, prevHash);
    String hash = hash(entry);
    ObjectNode ordered = JsonNodeFactory.instance.objectNode();
    ordered.put("seq", seq);
    ordered.put("time", time.toString());
    ordered.put("type", type);
    ordered.set("payload", payload);
    ordered.put("prevHash", prevHash);
    ordered.put("hash", hash);
    return write(ordered);
  }

  /**
   * The entry on a line, its hash recomputed.
   *
   * @throws JsonProcessingException if the line is not JSON
   * @throws JsonShapeException if it is not an audit entry
   */
  static Parsed parse(byte[] line) throws JsonProcessingException {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectFields fields = ObjectFields.of(node, "audit entry");
    fields.expect(FIELDS, Set.of());
    long seq = fields.wholeNumber("seq");
    String time = fields.text("time");
    String type = fields.text("type");
    JsonNode payloadNode = fields.node("payload");
    if (!payloadNode.isObject()) {
      throw new JsonShapeException(
          JsonProblems.wrongType(
              "audit entry", "payload", "an object", JsonProblems.describe(payloadNode)));
    }
    if (seq < 1) {
      throw new JsonShapeException("seq " + seq + " is not a line number (1, 2, 3, ...)");
    }
    ObjectNode payload = sorted((ObjectNode) payloadNode);
    String prevHash = fields.text("prevHash");
    Instant instant;
    try {
      instant = Instant.parse(time);
    } catch (DateTimeParseException e) {
      throw new JsonShapeException("time \"" + time + "\" is not an ISO-8601 instant");
    }
    String recomputed = hash(unhashed(seq, time, type, payload, prevHash));
    AuditEntry entry =
        new AuditEntry(seq, instant, type, write(payload), prevHash, fields.text("hash"));
    return new Parsed(entry, recomputed);
  }

  /** A parsed line: its entry and the hash its content has. */
  record Parsed(AuditEntry entry, String recomputedHash) {
    boolean hashMatches() {
      return entry.hash().equals(recomputedHash);
    }
  }

  private static ObjectNode unhashed(
      long seq, String time, String type, ObjectNode payload, String prevHash) {
    ObjectNode entry = JsonNodeFactory.instance.objectNode();
    entry.set("payload", payload);
    entry.put("prevHash", prevHash);
    entry.put("seq", seq);
    entry.put("time", time);
    entry.put("type", type);
    return entry;
  }

  private static String hash(ObjectNode canonical) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest(write(canonical).getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static ObjectNode sorted(ObjectNode node) {
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      copy.set(name, sortedValue(node.get(name)));
    }
    return copy;
  }

  private static JsonNode sortedValue(JsonNode value) {
    if (value.isObject()) {
      return sorted((ObjectNode) value);
    }
    if (value.isArray()) {
      var array = JsonNodeFactory.instance.arrayNode(value.size());
      for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
        array.add(sortedValue(it.next()));
      }
      return array;
    }
    return value;
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree is always writable", e);
    }
  }
}
