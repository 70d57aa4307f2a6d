package dev.modelgate.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where a decision goes besides stdout, and whether a rejection fails the command. */
final class DecisionOptions {

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Write the full JSON report here. Default: none, except with $GITHUB_OUTPUT set, when it"
              + " goes to a new modelgate-report-*.json in $RUNNER_TEMP (or the system's temporary"
              + " directory) and its path is the 'report' output.")
  private @Nullable Path report;

  @Option(
      names = "--fail-on-reject",
      description =
          "Exit 1 when the candidate is rejected at registration, for pipelines that want red on"
              + " a REJECT. HOLD and SKIP still exit 0.")
  private boolean failOnReject;

  @Nullable Path report() {
    return report;
  }

  boolean failOnReject() {
    return failOnReject;
  }
}
