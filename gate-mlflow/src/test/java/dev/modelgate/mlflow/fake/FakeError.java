package dev.modelgate.mlflow.fake;

import java.io.Serial;
import java.util.Map;

/**
 * An MLflow error as the fake answers it: {@code {"error_code": …, "message": …}} with the HTTP
 * status that MLflow's {@code ERROR_CODE_TO_HTTP_STATUS} gives the code (contract sheet, section 2).
 */
final class FakeError extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private static final Map<String, Integer> STATUS = Map.ofEntries(
      Map.entry("BAD_REQUEST", 400),
      Map.entry("INVALID_PARAMETER_VALUE", 400),
      Map.entry("RESOURCE_ALREADY_EXISTS", 400),
      Map.entry("CUSTOMER_UNAUTHORIZED", 401),
      Map.entry("UNAUTHENTICATED", 401),
      Map.entry("PERMISSION_DENIED", 403),
      Map.entry("RESOURCE_DOES_NOT_EXIST", 404),
      Map.entry("NOT_FOUND", 404),
      Map.entry("ENDPOINT_NOT_FOUND", 404),
      Map.entry("ABORTED", 409),
      Map.entry("RESOURCE_CONFLICT", 409),
      Map.entry("ALREADY_EXISTS", 409),
      Map.entry("REQUEST_LIMIT_EXCEEDED", 429),
      Map.entry("RESOURCE_EXHAUSTED", 429),
      Map.entry("CANCELLED", 499),
      Map.entry("INTERNAL_ERROR", 500),
      Map.entry("INVALID_STATE", 500),
      Map.entry("DATA_LOSS", 500),
      Map.entry("NOT_IMPLEMENTED", 501),
      Map.entry("TEMPORARILY_UNAVAILABLE", 503),
      Map.entry("DEADLINE_EXCEEDED", 504));

  private final String code;
  private final int status;

  FakeError(String code, String message) {
    this(code, STATUS.getOrDefault(code, 500), message);
  }

  FakeError(String code, int status, String message) {
    super(message);
    this.code = code;
    this.status = status;
  }

  static FakeError invalid(String message) {
    return new FakeError("INVALID_PARAMETER_VALUE", message);
  }

  static FakeError missing(String message) {
    return new FakeError("RESOURCE_DOES_NOT_EXIST", message);
  }

  /** The HTTP status of the code, per MLflow's table. */
  static int statusOf(String code) {
    return STATUS.getOrDefault(code, 500);
  }

  String code() {
    return code;
  }

  int status() {
    return status;
  }
}
