package dev.modelgate.mlflow;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the answer is not what MLflow sends: not JSON (a proxy's HTML page, MLflow 3's
 * plain-text refusal of an unknown {@code Host} header, an unknown endpoint) or JSON without the
 * expected field. The message names the status and the content type and quotes the start of the
 * body, for example {@code MLflow answered 403 with text/plain instead of MLflow JSON to GET
 * /api/2.0/mlflow/registered-models/get: "Invalid Host header - possible DNS rebinding attack
 * detected"}. Immutable and thread-safe.
 */
public final class MlflowUnexpectedResponseException extends MlflowException {

  @Serial private static final long serialVersionUID = 1L;

  /** A failure of {@code call}; see {@link MlflowException#MlflowException}. */
  public MlflowUnexpectedResponseException(
      String message,
      String call,
      int status,
      @Nullable String errorCode,
      @Nullable Throwable cause) {
    super(message, call, status, errorCode, cause);
  }
}
