package dev.modelgate.cli;

import java.nio.file.Path;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** Which file registry and which model in it. */
final class RegistryOptions {

  @Option(
      names = "--registry",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "DIR",
      description = "The file registry's directory; created when missing.")
  private Path registry = Path.of("");

  @Option(
      names = "--model",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "NAME",
      description = "The model's name in the registry.")
  private String model = "";

  Path registry() {
    return registry;
  }

  String model() {
    return model;
  }
}
