package dev.modelgate.cli;

import java.nio.file.Path;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The inputs of the gates: the policy and the candidate's predictions, and how they are read. */
final class GateOptions {

  @Option(
      names = "--policy",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "FILE",
      description =
          "The quality policy, YAML (.yaml, .yml) or JSON (.json). Its costs give net benefit and"
              + " the positive label.")
  private Path policy = Path.of("");

  @Option(
      names = "--candidate",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "FILE",
      description =
          "The candidate's predictions on the fixed test set (CSV, read as evaluate reads).")
  private Path candidate = Path.of("");

  @Mixin private ColumnOptions columns = new ColumnOptions();

  Path policy() {
    return policy;
  }

  Path candidate() {
    return candidate;
  }

  ColumnOptions columns() {
    return columns;
  }
}
