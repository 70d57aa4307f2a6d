package dev.modelgate.mlflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP answer of MLflow: status, media type, body and the {@code Retry-After} it asked for.
 *
 * @param status the HTTP status
 * @param mediaType the content type without parameters, lower case; empty when there is none
 * @param body the body as text
 * @param retryAfter the wait of a {@code Retry-After: <seconds>} header, empty when none
 */
record Answer(int status, String mediaType, String body, Optional<Duration> retryAfter) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The answer of {@code response}. */
  static Answer of(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    int semicolon = type.indexOf(';');
    String media = (semicolon < 0 ? type : type.substring(0, semicolon)).strip()
        .toLowerCase(Locale.ROOT);
    Optional<Duration> retryAfter = response.headers().firstValue("Retry-After")
        .filter(value -> value.strip().matches("[0-9]{1,6}"))
        .map(value -> Duration.ofSeconds(Long.parseLong(value.strip())));
    return new Answer(response.statusCode(), media, response.body(), retryAfter);
  }

  /** Whether the status is 2xx. */
  boolean isSuccess() {
    return status >= 200 && status <= 299;
  }

  /** The body as a JSON object, empty when the media type is not JSON or the body no object. */
  Optional<JsonNode> json() {
    if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
