package dev.modelgate.mlflow;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when MLflow refuses the caller: {@code PERMISSION_DENIED} (HTTP 403), {@code
 * UNAUTHENTICATED} or {@code CUSTOMER_UNAUTHORIZED} (HTTP 401). Check the credentials (never part of
 * the message). Immutable and thread-safe.
 */
public final class MlflowPermissionDeniedException extends MlflowException {

  @Serial private static final long serialVersionUID = 1L;

  /** A failure of {@code call}; see {@link MlflowException#MlflowException}. */
  public MlflowPermissionDeniedException(
      String message,
      String call,
      int status,
      @Nullable String errorCode,
      @Nullable Throwable cause) {
    super(message, call, status, errorCode, cause);
  }
}
