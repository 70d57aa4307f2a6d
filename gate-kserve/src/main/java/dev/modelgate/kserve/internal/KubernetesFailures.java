package dev.modelgate.kserve.internal;

import dev.modelgate.core.spi.TrafficException;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.HttpURLConnection;
import org.jspecify.annotations.Nullable;

/**
 * Turns what the fabric8 client throws into a {@link TrafficException} whose message says which
 * InferenceService, what was being done and what went wrong. Stateless and thread-safe.
 *
 * <p>HTTP 404, 401, 403 and 409 get their own messages; other HTTP answers carry the API server's
 * status message (an admission webhook's denial, for example); a failure without an HTTP answer
 * whose cause is an {@link IOException} is "could not be reached". The original exception is kept
 * as the cause. No message carries credentials (see {@link Redaction}).
 */
final class KubernetesFailures {

  private KubernetesFailures() {}

  /** The {@link TrafficException} for {@code failure} while doing {@code action} on {@code ref}. */
  static TrafficException map(String action, InferenceServiceRef ref, RuntimeException failure) {
    if (failure instanceof TrafficException traffic) {
      return traffic;
    }
    if (failure instanceof KubernetesClientException client && client.getCode() > 0) {
      return new TrafficException(httpMessage(action, ref, client), failure);
    }
    Throwable root = rootCause(failure);
    String cause = describe(root);
    if (hasIoCause(failure)) {
      return new TrafficException(KServeMessages.unreachable(action, ref, cause), failure);
    }
    return new TrafficException(KServeMessages.failed(action, ref, cause), failure);
  }

  private static String httpMessage(
      String action, InferenceServiceRef ref, KubernetesClientException failure) {
    return switch (failure.getCode()) {
      case HttpURLConnection.HTTP_NOT_FOUND -> KServeMessages.notFound(action, ref);
      case HttpURLConnection.HTTP_UNAUTHORIZED -> KServeMessages.unauthorized(action, ref);
      case HttpURLConnection.HTTP_FORBIDDEN -> KServeMessages.forbidden(action, ref);
      case HttpURLConnection.HTTP_CONFLICT -> KServeMessages.conflict(action, ref);
      default -> {
        String detail = statusMessage(failure.getStatus());
        yield KServeMessages.answered(action, ref, failure.getCode(), detail);
      }
    };
  }

  private static String statusMessage(@Nullable Status status) {
    if (status == null || status.getMessage() == null) {
      return "";
    }
    return status.getMessage();
  }

  private static boolean hasIoCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String describe(Throwable root) {
    String message = root.getMessage();
    String type = root.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }
}
