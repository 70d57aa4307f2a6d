package dev.modelgate.cli.internal;

import dev.modelgate.mlflow.MlflowModelRegistry;
import dev.modelgate.mlflow.MlflowModelRegistryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Sets up the MLflow client of {@code --registry mlflow} the MLflow way: everything from MLflow's
 * environment variables (credentials only from there), the tracking URI from {@code
 * --tracking-uri} when given, alias moves dated by the command's clock. Stateless and thread-safe.
 */
final class MlflowSource {

  /** MLflow's variable for the tracking server, the default of {@code --tracking-uri}. */
  static final String TRACKING_URI = "MLFLOW_TRACKING_URI";

  private MlflowSource() {}

  /**
   * The client for {@code trackingUri}, or for {@code MLFLOW_TRACKING_URI} when it is null.
   *
   * @throws InputException if the tracking URI is malformed or MLflow's settings in the
   *     environment cannot be used; the message never quotes a credential
   */
  static MlflowModelRegistry connect(@Nullable String trackingUri, CliContext context) {
    MlflowModelRegistryBuilder builder =
        MlflowModelRegistry.fromEnvironment(context.environment()).clock(context.clock());
    if (trackingUri != null) {
      try {
        builder.trackingUri(trackingUri);
      } catch (IllegalArgumentException e) {
        throw new InputException(RegistryMessages.badTrackingUri(e.getMessage()), e);
      }
    }
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      throw new InputException(RegistryMessages.badMlflowSettings(e.getMessage()), e);
    }
  }
}
