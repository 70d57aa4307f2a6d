package dev.modelgate.mlflow;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when MLflow answers that a registered model, a version or an endpoint does not exist:
 * {@code RESOURCE_DOES_NOT_EXIST}, {@code NOT_FOUND} or {@code ENDPOINT_NOT_FOUND} (HTTP 404). Immutable and thread-safe.
 */
public final class MlflowNotFoundException extends MlflowException {

  @Serial private static final long serialVersionUID = 1L;

  /** A failure of {@code call}; see {@link MlflowException#MlflowException}. */
  public MlflowNotFoundException(
      String message,
      String call,
      int status,
      @Nullable String errorCode,
      @Nullable Throwable cause) {
    super(message, call, status, errorCode, cause);
  }
}
