package dev.modelgate.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object of a canary recording being read: its fields by path, with every problem added
 * to the line's list instead of thrown, so that a file's problems are reported together. Not
 * thread-safe: one per object read.
 */
final class RecordFields {

  private final String file;
  private final long line;
  private final String path;
  private final ObjectNode node;
  private final List<String> problems;

  RecordFields(String file, long line, String path, ObjectNode node, List<String> problems) {
    this.file = file;
    this.line = line;
    this.path = path;
    this.node = node;
    this.problems = problems;
  }

  /** Reports every field not in {@code known}, named in the order given. */
  void onlyKnown(List<String> known) {
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String name = property.getKey();
      if (!known.contains(name)) {
        problems.add(RecordingMessages.unknownField(file, line, field(name), known));
      }
    }
  }

  boolean has(String name) {
    return node.has(name);
  }

  /** The object under {@code name}; null, with a problem, when it is missing or not an object. */
  @Nullable RecordFields object(String name, boolean required) {
    JsonNode value = node.get(name);
    if (value == null) {
      if (required) {
        problems.add(RecordingMessages.missingField(file, line, field(name)));
      }
      return null;
    }
    if (!value.isObject()) {
      problems.add(RecordingMessages.expected(file, line, field(name), "an object", shown(value)));
      return null;
    }
    return new RecordFields(file, line, field(name), (ObjectNode) value, problems);
  }

  /** The whole number >= 0 under {@code name}; -1, with a problem, when there is none. */
  long whole(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      problems.add(RecordingMessages.missingField(file, line, field(name)));
      return -1;
    }
    return whole(field(name), value);
  }

  /** {@code value} as a whole number >= 0; -1, with a problem naming {@code field}, otherwise. */
  long whole(String field, JsonNode value) {
    if (value.isNumber()) {
      BigDecimal number = value.decimalValue();
      if (number.signum() >= 0 && number.stripTrailingZeros().scale() <= 0
          && number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
        return number.longValueExact();
      }
    }
    problems.add(RecordingMessages.expected(file, line, field, "a whole number >= 0", shown(value)));
    return -1;
  }

  /** {@code value} as a number; null, with a problem naming {@code field}, otherwise. */
  @Nullable BigDecimal number(String field, JsonNode value) {
    if (value.isNumber()) {
      return value.decimalValue();
    }
    problems.add(RecordingMessages.expected(file, line, field, "a number", shown(value)));
    return null;
  }

  /** The text under {@code name}; null, with a problem when required, when there is none. */
  @Nullable String text(String name, boolean required) {
    JsonNode value = node.get(name);
    if (value == null) {
      if (required) {
        problems.add(RecordingMessages.missingField(file, line, field(name)));
      }
      return null;
    }
    if (!value.isTextual()) {
      problems.add(RecordingMessages.expected(file, line, field(name), "a string", shown(value)));
      return null;
    }
    return value.asText();
  }

  /** The fields, in the order written. */
  Set<Map.Entry<String, JsonNode>> properties() {
    return node.properties();
  }

  /** The path of this object, such as {@code canary.predictions}; empty for a line's object. */
  String path() {
    return path;
  }

  /** The raw value under {@code name}, or null. */
  @Nullable JsonNode get(String name) {
    return node.get(name);
  }

  /** Adds {@code message} as a problem. */
  void problem(String message) {
    problems.add(message);
  }

  String file() {
    return file;
  }

  long line() {
    return line;
  }

  /** The path of field {@code name} of this object, such as {@code canary.requests}. */
  String field(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** A value as a problem shows it: JSON text, cut at 80 characters. */
  static String shown(JsonNode value) {
    String text = value.toString();
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }

  /** How many problems the line has so far. */
  int problemCount() {
    return problems.size();
  }
}
