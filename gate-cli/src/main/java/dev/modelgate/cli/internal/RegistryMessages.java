package dev.modelgate.cli.internal;

/**
 * The messages of registry flags that do not fit together or cannot be used, one factory per rule.
 * None of them quotes a credential: MLflow's come from the environment and are never echoed.
 */
public final class RegistryMessages {

  /** The prefix of the adapter's builder problems, dropped before they are shown. */
  private static final String BUILD_PREFIX = "MlflowModelRegistry cannot be built: ";

  private RegistryMessages() {}

  /** {@code --tracking-uri needs --registry mlflow: a file registry has no tracking server}. */
  public static String trackingUriWithoutMlflow() {
    return "--tracking-uri needs --registry mlflow: a file registry has no tracking server";
  }

  /**
   * {@code --registry mlflow needs the tracking server: give --tracking-uri URI or set
   * MLFLOW_TRACKING_URI}.
   */
  public static String noTrackingUri() {
    return "--registry mlflow needs the tracking server: give --tracking-uri URI or set"
        + " MLFLOW_TRACKING_URI";
  }

  /** {@code --registry "models|x" is not a directory path: Illegal char <|> at index 6}. */
  public static String notAPath(String registry, String reason) {
    return "--registry " + InputMessages.quote(registry) + " is not a directory path: " + reason;
  }

  /** {@code --tracking-uri: the tracking URI "ftp://m" must start with http:// or https://}. */
  public static String badTrackingUri(String reason) {
    return "--tracking-uri: " + reason;
  }

  /**
   * {@code --registry mlflow: MLFLOW_TRACKING_USERNAME is set but MLFLOW_TRACKING_PASSWORD is not}:
   * what the MLflow adapter found wrong with its settings from the environment.
   */
  public static String badMlflowSettings(String problems) {
    String shown =
        problems.startsWith(BUILD_PREFIX) ? problems.substring(BUILD_PREFIX.length()) : problems;
    return "--registry mlflow: " + shown;
  }
}
