package dev.modelgate.cli;

import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.InputException;
import dev.modelgate.cli.internal.Json;
import dev.modelgate.cli.internal.RegistrySource;
import dev.modelgate.cli.internal.RegistryView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gate registry show}: a model's versions, aliases and alias history. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    usageHelpAutoWidth = true,
    header = "Show a model's versions, aliases and alias history in a registry.",
    description =
        "Reads the registry, a directory or the MLflow Model Registry, without changing it. Each"
            + " version shows when it was registered, its source, its test set and gate metrics,"
            + " and its tags (gate results among them).",
    footerHeading = "%nExample against MLflow, credentials from the environment:%n",
    footer = {
      "  gate registry show --registry mlflow \\",
      "    --tracking-uri https://mlflow.example.com --model credit"
    })
final class RegistryShowCommand implements Callable<Integer> {

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private RegistryOptions registry = new RegistryOptions();

  @Mixin private OutputOptions output = new OutputOptions();

  RegistryShowCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    EvaluateCommand.requireNoProblems(spec, registry.problems(context));
    RegistrySource source = registry.source(context);
    if (!source.exists()) {
      throw new InputException(RegistryView.noRegistry(source.label()));
    }
    String model = registry.model();
    RegistryView view = RegistryView.read(source.open(), model);
    if (view.versions().isEmpty()) {
      throw new InputException(RegistryView.noVersions(source.label(), model, view.models()));
    }
    if (output.json()) {
      context.out().println(Json.write(view.toJson(source)));
    } else {
      view.print(source.label(), context.out());
    }
    context.out().flush();
    return ExitCode.OK.code();
  }
}
