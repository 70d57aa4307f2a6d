package dev.modelgate.mlflow.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one request, as MLflow's server reads them (contract sheet, section 1): from
 * the query string for GET, from the JSON body otherwise. String fields must be JSON strings.
 */
final class FakeParams {

  private final Map<String, List<String>> query;
  private final JsonNode body;

  FakeParams(Map<String, List<String>> query, JsonNode body) {
    this.query = query;
    this.body = body;
  }

  String required(String name) {
    String value = optional(name);
    if (value.isEmpty()) {
      throw FakeError.invalid("Missing value for required parameter '" + name + "'. See the API"
          + " docs for more information about request parameters.");
    }
    return value;
  }

  String optional(String name) {
    if (body.isObject()) {
      JsonNode value = body.path(name);
      if (value.isMissingNode() || value.isNull()) {
        return "";
      }
      if (!value.isTextual()) {
        throw FakeError.invalid("Invalid value " + value + " for parameter '" + name
            + "' supplied. Hint: Value was of type '" + type(value) + "'. See the API docs for"
            + " more information about request parameters.");
      }
      return value.asText();
    }
    List<String> values = query.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }

  List<String> all(String name) {
    return query.getOrDefault(name, List.of());
  }

  long number(String name, long fallback) {
    String value = optional(name);
    if (value.isEmpty()) {
      return fallback;
    }
    if (!value.matches("[0-9]{1,18}")) {
      throw FakeError.invalid("Invalid value '" + value + "' for parameter '" + name + "'");
    }
    return Long.parseLong(value);
  }

  /** The {@code tags} field: {@code [{key, value}]}. */
  Map<String, String> tags() {
    Map<String, String> tags = new LinkedHashMap<>();
    for (JsonNode tag : body.path("tags")) {
      tags.put(tag.path("key").asText(""), tag.path("value").asText(""));
    }
    return tags;
  }

  private static String type(JsonNode value) {
    return value.isIntegralNumber() ? "int" : value.isNumber() ? "float"
        : value.isBoolean() ? "bool" : value.isArray() ? "list" : "dict";
  }
}
