package dev.modelgate.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The champion's predictions, when the champion is re-scored on today's test set. */
final class ChampionOption {

  @Option(
      names = "--champion",
      paramLabel = "FILE",
      description =
          "The champion's predictions on the same test set, read as --candidate is. Default: the"
              + " evaluation recorded with the champion's version in the registry, used only when"
              + " its test-set fingerprint matches; with no champion the policy's first-model rule"
              + " decides.")
  private @Nullable Path champion;

  @Nullable Path champion() {
    return champion;
  }
}
