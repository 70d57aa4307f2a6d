package dev.modelgate.cli.internal;

import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.MetricValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * The job summary for GitHub Actions: appends GitHub-flavoured Markdown to the file that {@code
 * $GITHUB_STEP_SUMMARY} names — a heading with the decision, the decision of each layer, the
 * outcome in plain words, the table of every check (layer, metric, check, observed value, bound or
 * champion value, passed), the reasons and the report's path.
 *
 * <p>Stateless and thread-safe.
 */
public final class StepSummary {

  /** The environment variable naming the step's summary file. */
  public static final String VARIABLE = "GITHUB_STEP_SUMMARY";

  private StepSummary() {}

  /**
   * Appends the summary of {@code outcome} to {@code file}.
   *
   * @throws IOException if the file cannot be written
   */
  public static void append(Path file, GateOutcome outcome) throws IOException {
    Files.writeString(
        file,
        markdown(outcome),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** The Markdown of {@code outcome}. */
  public static String markdown(GateOutcome outcome) {
    StringBuilder md = new StringBuilder();
    md.append("## ModelGate `").append(cell(outcome.model())).append("`: ")
        .append(OutcomeText.headline(outcome)).append("\n\n");
    md.append("Registration **").append(outcome.registration()).append("**");
    if (outcome.comparison() != null) {
      md.append(" · champion–challenger **").append(outcome.comparison()).append("**");
    }
    if (outcome.decision() != null) {
      md.append(" · pipeline **").append(outcome.decision()).append("**");
    }
    md.append("\n\n").append(cell(OutcomeText.sentence(capitalized(outcome.summary()))));
    if (outcome.decision() == DeployDecision.SKIP) {
      md.append(" The deploy jobs are skipped and the champion keeps serving.");
    }
    md.append("\n\n");
    if (!outcome.checks().isEmpty()) {
      md.append("| Layer | Metric | Check | Observed | Bound / champion | Passed |\n");
      md.append("|---|---|---|---:|---:|:---:|\n");
      for (CheckRow row : outcome.checks()) {
        md.append("| ").append(layer(row))
            .append(" | `").append(cell(row.metric())).append('`')
            .append(" | ").append(cell(row.symbol()))
            .append(" | ").append(value(row.observed()))
            .append(" | ").append(boundOrChampion(row))
            .append(" | ").append(row.passed() ? "✅" : "❌")
            .append(" |\n");
      }
      md.append('\n');
    }
    if (!outcome.reasons().isEmpty()) {
      md.append("**Reasons**\n\n");
      outcome.reasons().forEach(reason -> md.append("- ").append(cell(reason)).append('\n'));
      md.append('\n');
    }
    if (outcome.report() != null) {
      md.append("Report: `").append(cell(outcome.report())).append("`\n\n");
    }
    return md.toString();
  }

  private static String layer(CheckRow row) {
    return row.layer().equals(CheckRow.REGISTRATION) ? "1 registration" : "2 champion–challenger";
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String boundOrChampion(CheckRow row) {
    MetricValue champion = row.champion();
    if (champion != null && row.bound() != null) {
      return value(champion) + " (bound " + row.bound().toPlainString() + ")";
    }
    if (champion != null) {
      return value(champion);
    }
    return row.bound() == null ? "" : row.bound().toPlainString();
  }

  private static String value(@Nullable MetricValue value) {
    return value == null ? "missing" : EvaluationValues.text(value);
  }

  /** Text safe in a table cell: pipes escaped, line breaks as spaces, backticks as quotes. */
  static String cell(String text) {
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ").replace("`", "'");
  }
}
