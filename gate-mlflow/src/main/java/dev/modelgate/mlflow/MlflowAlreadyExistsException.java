package dev.modelgate.mlflow;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when MLflow answers that what was to be created exists already: {@code
 * RESOURCE_ALREADY_EXISTS} (HTTP 400, not 409) or {@code ALREADY_EXISTS} (HTTP 409). Immutable and thread-safe.
 */
public final class MlflowAlreadyExistsException extends MlflowException {

  @Serial private static final long serialVersionUID = 1L;

  /** A failure of {@code call}; see {@link MlflowException#MlflowException}. */
  public MlflowAlreadyExistsException(
      String message,
      String call,
      int status,
      @Nullable String errorCode,
      @Nullable Throwable cause) {
    super(message, call, status, errorCode, cause);
  }
}
