package dev.modelgate.mlflow;

import dev.modelgate.core.spi.RegistryException;
import java.io.Serial;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an MLflow call fails: MLflow answered with an error, answered something that is not
 * MLflow's JSON, or did not answer. Immutable and thread-safe.
 *
 * <p>The subclasses say what kind of failure it was: {@link MlflowNotFoundException}, {@link
 * MlflowAlreadyExistsException}, {@link MlflowInvalidParameterException}, {@link
 * MlflowPermissionDeniedException}, {@link MlflowUnavailableException} and {@link
 * MlflowUnexpectedResponseException}; any other MLflow {@code error_code} is this class itself.
 * Messages name the call and what MLflow said, for example {@code MLflow answered 404
 * RESOURCE_DOES_NOT_EXIST to GET /api/2.0/mlflow/model-versions/get: Model Version (name=fraud,
 * version=7) not found}. They never contain credentials.
 */
public class MlflowException extends RegistryException {

  @Serial private static final long serialVersionUID = 1L;

  private final String call;
  private final int status;
  private final @Nullable String errorCode;

  /**
   * A failure of {@code call}.
   *
   * @param message what failed, without credentials
   * @param call the method and path, such as {@code GET /api/2.0/mlflow/registered-models/get}
   * @param status the HTTP status MLflow answered, 0 when it did not answer
   * @param errorCode MLflow's {@code error_code}, null when the answer had none
   * @param cause the underlying exception, null when there is none
   */
  public MlflowException(
      String message,
      String call,
      int status,
      @Nullable String errorCode,
      @Nullable Throwable cause) {
    super(message, cause);
    this.call = call;
    this.status = status;
    this.errorCode = errorCode;
  }

  /** The call that failed: its method and path, such as {@code POST /api/2.0/mlflow/…}. */
  public String call() {
    return call;
  }

  /** The HTTP status MLflow answered, 0 when no answer came (a timeout or a broken connection). */
  public int status() {
    return status;
  }

  /** MLflow's {@code error_code}, such as {@code RESOURCE_DOES_NOT_EXIST}, empty when none. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }
}
