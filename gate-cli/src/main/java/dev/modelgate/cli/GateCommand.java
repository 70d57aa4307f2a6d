package dev.modelgate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code gate} command: lists the subcommands. */
@Command(
    name = "gate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Is this model actually better than the one in production?",
    description = {
      "Evaluates predictions on a fixed test set, runs the registration, champion-challenger and"
          + " pipeline gates against a registry, a directory (--registry DIR) or the MLflow Model"
          + " Registry (--registry mlflow --tracking-uri URI), runs the canary analysis on live"
          + " traffic, and hands the decision to CI systems (GitHub Actions outputs and step"
          + " summary, Kubeflow Pipelines output parameters).",
      "",
      "A decision is a success: REJECT, HOLD and SKIP exit 0 like REGISTER, PROMOTE and DEPLOY."
          + " gate canary tells its ends apart: 0 promoted, 6 rolled back, 7 held, 8 rollback"
          + " failed."
    },
    footerHeading = "%nExamples, against a directory and against MLflow:%n",
    footer = {
      "  gate run --policy policy.yaml --registry model-registry --model credit \\",
      "    --candidate predictions.csv --label Class --prediction predicted",
      "  gate run --policy policy.yaml --registry mlflow \\",
      "    --tracking-uri https://mlflow.example.com --model credit \\",
      "    --candidate predictions.csv --label Class --prediction predicted",
      "MLflow credentials come from the environment only (MLFLOW_TRACKING_TOKEN, or",
      "MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD), never from flags."
    },
    subcommands = {
      EvaluateCommand.class,
      RunCommand.class,
      RegisterCommand.class,
      CompareCommand.class,
      CanaryCommand.class,
      SplitCommand.class,
      RegistryCommand.class,
      CommandLine.HelpCommand.class
    })
final class GateCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
