package dev.modelgate.cli;

import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.RegistrySource;
import java.util.List;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which registry, a directory or MLflow, and which model in it. */
final class RegistryOptions {

  /** What {@code --registry} means, for every command that takes it. */
  static final String REGISTRY =
      "The registry: a directory holding a file registry (created when missing), or the word"
          + " mlflow (any case) for the MLflow Model Registry at --tracking-uri. A directory named"
          + " mlflow is given as ./mlflow.";

  @Option(
      names = "--registry",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "DIR|mlflow",
      description = REGISTRY)
  private String registry = "";

  @Mixin private TrackingUriOption trackingUri = new TrackingUriOption();

  @Option(
      names = "--model",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "NAME",
      description = "The model's name in the registry.")
  private String model = "";

  /** What is wrong with {@code --registry} and {@code --tracking-uri}; empty when they fit. */
  List<String> problems(CliContext context) {
    return RegistrySource.problems(registry, trackingUri.value(), context);
  }

  /**
   * The registry the flags name; call once {@link #problems} are empty.
   *
   * @throws dev.modelgate.cli.internal.InputException if MLflow's settings cannot be used
   */
  RegistrySource source(CliContext context) {
    return RegistrySource.of(registry, trackingUri.value(), context);
  }

  String model() {
    return model;
  }
}
