package dev.modelgate.prometheus.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.core.spi.MissingKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON envelope of Prometheus' {@code /api/v1/query}: a vector or a scalar becomes
 * {@link QueryResult.Samples}; an error envelope, another result type or an answer that is not
 * Prometheus JSON becomes {@link QueryResult.Failed}. Sample values are strings in the JSON ("NaN",
 * "+Inf", "-Inf" included) and are read as doubles. Thread-safe.
 */
public final class ResponseParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ResponseParser() {}

  /**
   * The result of the answer {@code body} with HTTP {@code status} to {@code query}, asked as
   * {@code what} of Prometheus at {@code source}.
   */
  public static QueryResult parse(
      String what, String query, String source, int status, String contentType, String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      root = null;
    }
    if (root == null || !root.isObject() || !root.path("status").isTextual()) {
      return failed(MissingDetails.notJson(what, source, status, contentType, body));
    }
    if (!"success".equals(root.get("status").asText())) {
      String errorType = root.path("errorType").asText("unknown");
      String detail = MissingDetails.prometheusError(
          what, status, errorType, root.path("error").asText(""), query);
      return new QueryResult.Failed(
          "timeout".equals(errorType) ? MissingKind.TIMEOUT : MissingKind.SOURCE_ERROR, detail);
    }
    JsonNode data = root.path("data");
    String resultType = data.path("resultType").asText("");
    JsonNode result = data.path("result");
    if (resultType.isEmpty() || result.isMissingNode()) {
      return failed(MissingDetails.malformed(what, "data.resultType or data.result is missing", query));
    }
    List<String> warnings = new ArrayList<>();
    root.path("warnings").forEach(w -> warnings.add(w.asText()));
    return switch (resultType) {
      case "scalar" -> scalar(what, query, result, warnings);
      case "vector" -> vector(what, query, result, warnings);
      default -> failed(MissingDetails.unsupportedResult(what, resultType, query));
    };
  }

  private static QueryResult scalar(String what, String query, JsonNode result, List<String> warnings) {
    JsonNode value = result.path(1);
    if (!value.isTextual()) {
      return failed(MissingDetails.malformed(what, "a scalar needs [time, \"value\"]", query));
    }
    Double parsed = parseValue(value.asText());
    if (parsed == null) {
      return failed(MissingDetails.notANumberText(what, value.asText(), query));
    }
    return new QueryResult.Samples(List.of(new QueryResult.Sample(Map.of(), parsed)), warnings);
  }

  private static QueryResult vector(String what, String query, JsonNode result, List<String> warnings) {
    if (!result.isArray()) {
      return failed(MissingDetails.malformed(what, "a vector needs an array of samples", query));
    }
    List<QueryResult.Sample> samples = new ArrayList<>();
    for (JsonNode element : result) {
      if (element.has("histogram") && !element.has("value")) {
        return failed(MissingDetails.nativeHistogram(what, query));
      }
      JsonNode value = element.path("value").path(1);
      if (!value.isTextual()) {
        return failed(MissingDetails.malformed(what, "a sample needs \"value\": [time, \"value\"]", query));
      }
      Double parsed = parseValue(value.asText());
      if (parsed == null) {
        return failed(MissingDetails.notANumberText(what, value.asText(), query));
      }
      Map<String, String> labels = new HashMap<>();
      element.path("metric").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
      samples.add(new QueryResult.Sample(labels, parsed));
    }
    return new QueryResult.Samples(samples, warnings);
  }

  /** A sample value as Prometheus writes it ("1e-07", "NaN", "+Inf", "-Inf"), or null if it is none. */
  static @Nullable Double parseValue(String raw) {
    switch (raw) {
      case "+Inf":
        return Double.POSITIVE_INFINITY;
      case "-Inf":
        return Double.NEGATIVE_INFINITY;
      case "NaN":
        return Double.NaN;
      default:
        try {
          double value = Double.parseDouble(raw);
          return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
          return null;
        }
    }
  }

  private static QueryResult failed(String detail) {
    return new QueryResult.Failed(MissingKind.SOURCE_ERROR, detail);
  }
}
