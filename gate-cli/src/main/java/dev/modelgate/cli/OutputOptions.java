package dev.modelgate.cli;

import picocli.CommandLine.Option;

/** How a command prints its result: text for people or JSON for machines; with progress or not. */
final class OutputOptions {

  /** The output formats. */
  enum Format {
    /** Readable tables. */
    TEXT,
    /** One JSON object. */
    JSON
  }

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Print readable text or one JSON object.")
  private Format format = Format.TEXT;

  @Option(
      names = {"-q", "--quiet"},
      description = "Show no progress, even on a terminal.")
  private boolean quiet;

  /** Whether JSON was asked for. */
  boolean json() {
    return format == Format.JSON;
  }

  /** Whether progress is suppressed. */
  boolean quiet() {
    return quiet;
  }
}
