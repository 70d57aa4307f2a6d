package dev.modelgate.mlflow;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when MLflow refuses a request's parameters: {@code INVALID_PARAMETER_VALUE} or {@code
 * BAD_REQUEST} (HTTP 400), such as a tag value longer than the server allows. Immutable and thread-safe.
 */
public final class MlflowInvalidParameterException extends MlflowException {

  @Serial private static final long serialVersionUID = 1L;

  /** A failure of {@code call}; see {@link MlflowException#MlflowException}. */
  public MlflowInvalidParameterException(
      String message,
      String call,
      int status,
      @Nullable String errorCode,
      @Nullable Throwable cause) {
    super(message, call, status, errorCode, cause);
  }
}
