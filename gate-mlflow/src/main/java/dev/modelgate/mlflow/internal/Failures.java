package dev.modelgate.mlflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelgate.mlflow.MlflowAlreadyExistsException;
import dev.modelgate.mlflow.MlflowException;
import dev.modelgate.mlflow.MlflowInvalidParameterException;
import dev.modelgate.mlflow.MlflowNotFoundException;
import dev.modelgate.mlflow.MlflowPermissionDeniedException;
import dev.modelgate.mlflow.MlflowUnavailableException;
import dev.modelgate.mlflow.MlflowUnexpectedResponseException;
import java.util.Optional;

/**
 * Turns MLflow's error answers into typed exceptions (contract sheet, section 2): by {@code
 * error_code} when the body is MLflow's JSON error, as unavailable for 408, 429 and 5xx, and as an
 * unexpected response for anything else. Bodies are quoted redacted. Stateless and thread-safe.
 */
final class Failures {

  private Failures() {}

  /** Whether a call that got {@code status} may succeed when sent again. */
  static boolean isTransient(int status) {
    return status == 408 || status == 429 || (status >= 500 && status <= 599 && status != 501
        && status != 505);
  }

  /**
   * The exception for an error answer of {@code call}.
   *
   * @param suffix appended to the message, such as {@link MlflowMessages#gaveUp}
   */
  static MlflowException fromAnswer(
      Call call, Answer answer, Credentials credentials, String host, String suffix) {
    Optional<JsonNode> json = answer.json();
    String code = json.map(node -> node.path("error_code")).filter(JsonNode::isTextual)
        .map(JsonNode::asText).orElse(null);
    int status = answer.status();
    if (code == null) {
      String message = notJson(call, answer, credentials);
      if (status == 403 && answer.body().contains("Invalid Host header")) {
        message += MlflowMessages.hostRefused(host);
      }
      message += suffix;
      return isTransient(status)
          ? new MlflowUnavailableException(message, call.toString(), status, null, null)
          : new MlflowUnexpectedResponseException(message, call.toString(), status, null, null);
    }
    String said = credentials.redact(json.get().path("message").asText(""));
    String message = MlflowMessages.answered(call, status, code, said) + suffix;
    String name = call.toString();
    if (isTransient(status)) {
      return new MlflowUnavailableException(message, name, status, code, null);
    }
    return switch (code) {
      case "RESOURCE_DOES_NOT_EXIST", "NOT_FOUND", "ENDPOINT_NOT_FOUND" ->
          new MlflowNotFoundException(message, name, status, code, null);
      case "RESOURCE_ALREADY_EXISTS", "ALREADY_EXISTS" ->
          new MlflowAlreadyExistsException(message, name, status, code, null);
      case "INVALID_PARAMETER_VALUE", "BAD_REQUEST" ->
          new MlflowInvalidParameterException(message, name, status, code, null);
      case "PERMISSION_DENIED", "UNAUTHENTICATED", "CUSTOMER_UNAUTHORIZED" ->
          new MlflowPermissionDeniedException(message, name, status, code, null);
      default -> new MlflowException(message, name, status, code, null);
    };
  }

  /** The exception for a successful status whose body is not a JSON object. */
  static MlflowException notJsonSuccess(Call call, Answer answer, Credentials credentials) {
    return new MlflowUnexpectedResponseException(
        notJson(call, answer, credentials), call.toString(), answer.status(), null, null);
  }

  private static String notJson(Call call, Answer answer, Credentials credentials) {
    return MlflowMessages.notJson(
        call, answer.status(), answer.mediaType(), snippet(answer.body(), credentials));
  }

  /** The start of {@code body} on one line, quoted and redacted; {@code (empty body)} if empty. */
  static String snippet(String body, Credentials credentials) {
    String line = body.replaceAll("\\s+", " ").strip();
    if (line.isEmpty()) {
      return "(empty body)";
    }
    int limit = MlflowMessages.SNIPPET_LENGTH;
    if (line.codePointCount(0, line.length()) > limit) {
      line = line.substring(0, line.offsetByCodePoints(0, limit)) + "…";
    }
    return MlflowMessages.quote(credentials.redact(line));
  }
}
