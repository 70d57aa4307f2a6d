package dev.modelgate.cli;

import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.InputException;
import dev.modelgate.cli.internal.Json;
import dev.modelgate.cli.internal.RegistryView;
import dev.modelgate.core.registry.FileModelRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** {@code gate registry show}: a model's versions, aliases and alias history. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    usageHelpAutoWidth = true,
    header = "Show a model's versions, aliases and alias history in a file registry.",
    description =
        "Reads the registry without changing it. Each version shows when it was registered, its"
            + " source, its test set and gate metrics, and its tags (gate results among them).")
final class RegistryShowCommand implements Callable<Integer> {

  private final CliContext context;

  @Option(
      names = "--registry",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "DIR",
      description = "The file registry's directory.")
  private Path registry = Path.of("");

  @Option(
      names = "--model",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "NAME",
      description = "The model.")
  private String model = "";

  @Mixin private OutputOptions output = new OutputOptions();

  RegistryShowCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(registry)) {
      throw new InputException(RegistryView.noRegistry(registry.toString()));
    }
    RegistryView view = RegistryView.read(FileModelRegistry.open(registry, context.clock()), model);
    if (view.versions().isEmpty()) {
      throw new InputException(RegistryView.noVersions(registry.toString(), model, view.models()));
    }
    if (output.json()) {
      context.out().println(Json.write(view.toJson(registry.toString())));
    } else {
      view.print(registry.toString(), context.out());
    }
    context.out().flush();
    return ExitCode.OK.code();
  }
}
