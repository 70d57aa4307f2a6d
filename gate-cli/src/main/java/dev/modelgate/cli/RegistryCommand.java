package dev.modelgate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gate registry}: commands on a registry, a directory or MLflow. */
@Command(
    name = "registry",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    header = "Look into a registry: a directory or MLflow.",
    subcommands = {RegistryShowCommand.class})
final class RegistryCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a registry command is required");
  }
}
