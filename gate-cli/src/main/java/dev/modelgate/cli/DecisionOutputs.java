package dev.modelgate.cli;

import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.GateOutcome;
import dev.modelgate.cli.internal.GitHubOutputs;
import dev.modelgate.cli.internal.Json;
import dev.modelgate.cli.internal.KfpOutput;
import dev.modelgate.cli.internal.OutcomeJson;
import dev.modelgate.cli.internal.OutcomeText;
import dev.modelgate.cli.internal.StepSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Hands a decision to everyone who reads it, in this order: the full JSON report to its file, the
 * result to stdout (text or JSON), then the CI outputs — {@code $GITHUB_OUTPUT}, {@code
 * $GITHUB_STEP_SUMMARY} and Kubeflow output-parameter files. Every output is written before the
 * command exits, whatever its status, so a step that fails still leaves its outputs behind.
 */
final class DecisionOutputs {

  private DecisionOutputs() {}

  /**
   * Writes and prints {@code outcome}; returns it with the report's path.
   *
   * @param reportJson the full report, written to {@code --report}, or to a temporary file when
   *     {@code $GITHUB_OUTPUT} is set and no {@code --report} was given
   * @param kfp Kubeflow output-parameter files and the value each gets
   * @throws IOException if an output cannot be written
   */
  static GateOutcome publish(
      CliContext context,
      DecisionOptions options,
      boolean json,
      GateOutcome outcome,
      String reportJson,
      Map<Path, String> kfp)
      throws IOException {
    Optional<String> githubOutput = context.variable(GitHubOutputs.VARIABLE);
    Path report = reportPath(context, options.report(), githubOutput.isPresent());
    GateOutcome written = outcome;
    if (report != null) {
      Path parent = report.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(report, reportJson, StandardCharsets.UTF_8);
      written = outcome.withReport(report.toString());
    }
    if (json) {
      context.out().println(Json.write(OutcomeJson.of(written)));
    } else {
      OutcomeText.print(written, context.out());
    }
    context.out().flush();
    if (githubOutput.isPresent()) {
      GitHubOutputs.append(Path.of(githubOutput.get()), GitHubOutputs.of(written));
    }
    Optional<String> summary = context.variable(StepSummary.VARIABLE);
    if (summary.isPresent()) {
      StepSummary.append(Path.of(summary.get()), written);
    }
    for (Map.Entry<Path, String> output : kfp.entrySet()) {
      KfpOutput.write(output.getKey(), output.getValue());
    }
    return written;
  }

  /**
   * Where the report goes: {@code given}, else with {@code github} a new {@code
   * modelgate-report-*.json} in {@code $RUNNER_TEMP} (or the system's temporary directory), else
   * nowhere (null).
   */
  static @Nullable Path reportPath(CliContext context, @Nullable Path given, boolean github)
      throws IOException {
    if (given != null || !github) {
      return given;
    }
    Path directory =
        Path.of(context.variable("RUNNER_TEMP").orElse(System.getProperty("java.io.tmpdir")));
    Files.createDirectories(directory);
    return Files.createTempFile(directory, "modelgate-report-", ".json");
  }
}
