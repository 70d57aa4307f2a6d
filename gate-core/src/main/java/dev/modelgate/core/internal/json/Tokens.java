package dev.modelgate.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.modelgate.core.MetricValue;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Reads single values from a streaming parser, failing with a {@link JsonProblems} message. */
final class Tokens {

  private Tokens() {}

  static MismatchedInputException fail(JsonParser p, Class<?> type, String message) {
    return MismatchedInputException.from(p, type, message);
  }

  static String found(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    return JsonProblems.describe(token, token.isScalarValue() ? p.getText() : "");
  }

  /**
   * Checks that the parser is at an object and returns its first field name (null when empty).
   * Jackson may hand over an object at its first field, after reading a type id; both work.
   */
  static @Nullable String firstField(JsonParser p, Class<?> type, String owner)
      throws IOException {
    if (p.currentToken() == JsonToken.FIELD_NAME) {
      return p.currentName();
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(p, type, JsonProblems.notAnObject(owner, found(p)));
    }
    return p.nextFieldName();
  }

  static String string(JsonParser p, Class<?> type, String owner, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail(p, type, JsonProblems.wrongType(owner, field, "a string", found(p)));
    }
    return p.getText();
  }

  static long wholeNumber(JsonParser p, Class<?> type, String owner, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw fail(p, type, JsonProblems.wrongType(owner, field, "a whole number", found(p)));
    }
    return p.getLongValue();
  }

  /** An exact number ({@link JsonParser#getDecimalValue()} reads the text), or "NaN". */
  static MetricValue metricValue(JsonParser p, Class<?> type, String label) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return MetricValue.of(p.getDecimalValue());
    }
    if (token == JsonToken.VALUE_STRING) {
      try {
        return MetricJson.valueOfString(label, p.getText());
      } catch (JsonShapeException e) {
        throw fail(p, type, e.getMessage());
      }
    }
    throw fail(p, type, JsonProblems.notAMetricValue(label, found(p)));
  }
}
