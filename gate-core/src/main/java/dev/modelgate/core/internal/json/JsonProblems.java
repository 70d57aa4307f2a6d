package dev.modelgate.core.internal.json;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The messages of every way a JSON document can fail to be a core value, one factory per reason.
 *
 * <p>{@code owner} is what was being read, such as {@code evaluation} or {@code version file};
 * messages name the field and what was found so that the user can fix the file by reading them.
 */
public final class JsonProblems {

  private JsonProblems() {}

  /** {@code evaluation is missing field "rows"} or {@code ... fields "rows", "metrics"}. */
  public static String missingFields(String owner, List<String> fields) {
    String quoted = fields.stream().map(JsonProblems::quote).collect(Collectors.joining(", "));
    return owner + " is missing field" + (fields.size() == 1 ? " " : "s ") + quoted;
  }

  /** {@code evaluation has an unknown field "rowz"}. */
  public static String unknownField(String owner, String field) {
    return owner + " has an unknown field " + quote(field);
  }

  /** {@code field "rows" of evaluation must be a whole number, not a string}. */
  public static String wrongType(String owner, String field, String expected, String found) {
    return "field " + quote(field) + " of " + owner + " must be " + expected + ", not " + found;
  }

  /** {@code evaluation must be a JSON object, not an array}. */
  public static String notAnObject(String owner, String found) {
    return owner + " must be a JSON object, not " + found;
  }

  /** {@code value of metric "f1" must be a number or "NaN", not "abc"}; label names the value. */
  public static String notAMetricValue(String label, String found) {
    return label + " must be a number or \"NaN\", not " + found;
  }

  /** {@code value of metric "f1"}: the label of a metric's value in messages. */
  public static String valueLabel(String metric) {
    return "value of metric " + quote(metric);
  }

  /** {@code direction of metric "f1" must be "higher_is_better" or "lower_is_better", not "up"}. */
  public static String unknownDirection(String metric, String found) {
    return "direction of metric "
        + quote(metric)
        + " must be \"higher_is_better\" or \"lower_is_better\", not "
        + found;
  }

  /** {@code metric "uplift" is not a well-known metric, so its direction must be given}. */
  public static String directionNeeded(String metric) {
    return "metric "
        + quote(metric)
        + " is not a well-known metric, so its direction must be given:"
        + " {\"value\": ..., \"direction\": \"higher_is_better\"}";
  }

  /** {@code evaluation is invalid: rows = 0 must be at least 1}. */
  public static String invalid(String owner, String reason) {
    return owner + " is invalid: " + reason;
  }

  /** How a streaming token is described in a message: {@code a string "abc"}, {@code an array}. */
  public static String describe(JsonToken token, String text) {
    return switch (token) {
      case VALUE_STRING -> quote(text);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + text;
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  /** How a tree node is described in a message, the same way as {@link #describe(JsonToken, String)}. */
  public static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> quote(node.textValue());
      case NUMBER -> "the number " + node.asText();
      case BOOLEAN -> "a boolean";
      case NULL, MISSING -> "null";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** Quotes {@code text} for a message, escaping control characters as {@code \\uXXXX}. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }
}
