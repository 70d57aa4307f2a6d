package dev.modelgate.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The MLflow tracking server of {@code --registry mlflow}. Credentials are deliberately not flags:
 * they come from MLflow's environment variables only.
 */
final class TrackingUriOption {

  @Option(
      names = "--tracking-uri",
      paramLabel = "URI",
      description = {
        "The MLflow tracking server of --registry mlflow, such as https://mlflow.example.com."
            + " Default: $MLFLOW_TRACKING_URI. Refused without --registry mlflow.",
        "Credentials are never flags, which land in shell history, process lists and CI logs:"
            + " they are read from the environment, MLFLOW_TRACKING_TOKEN (bearer) or"
            + " MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD (basic), as are MLflow's"
            + " TLS and timeout settings (MLFLOW_TRACKING_INSECURE_TLS,"
            + " MLFLOW_TRACKING_SERVER_CERT_PATH, MLFLOW_HTTP_REQUEST_TIMEOUT,"
            + " MLFLOW_HTTP_REQUEST_MAX_RETRIES)."
      })
  private @Nullable String trackingUri;

  /** The flag's value, null when it was not given. */
  @Nullable String value() {
    return trackingUri;
  }
}
