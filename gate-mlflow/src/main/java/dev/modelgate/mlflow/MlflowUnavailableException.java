package dev.modelgate.mlflow;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when MLflow is unavailable: it did not answer in time, could not be reached, or answered
 * 408, 429 or a 5xx status (except 501 and 505), after the retries an idempotent call gets. A call
 * that is not idempotent, such as creating a model version, is not retried; its message says so. Immutable and thread-safe.
 */
public final class MlflowUnavailableException extends MlflowException {

  @Serial private static final long serialVersionUID = 1L;

  /** A failure of {@code call}; see {@link MlflowException#MlflowException}. */
  public MlflowUnavailableException(
      String message,
      String call,
      int status,
      @Nullable String errorCode,
      @Nullable Throwable cause) {
    super(message, call, status, errorCode, cause);
  }
}
