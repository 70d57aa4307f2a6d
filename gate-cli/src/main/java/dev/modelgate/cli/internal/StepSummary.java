package dev.modelgate.cli.internal;

import dev.modelgate.core.MetricValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * The job summary for GitHub Actions: appends GitHub-flavoured Markdown to the file that {@code
 * $GITHUB_STEP_SUMMARY} names — a heading with the decision, a line saying what it means, the table
 * of every check (layer, metric, comparison, observed value, bound or champion value, passed) and
 * the reasons.
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
    md.append("## ModelGate: ").append(headline(outcome)).append("\n\n");
    md.append(meaning(outcome)).append("\n\n");
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
    return row.layer().equals("registration") ? "1 registration" : "2 champion-challenger";
  }

  private static String headline(GateOutcome outcome) {
    if (outcome.decision() != null) {
      return outcome.decision().name();
    }
    return outcome.comparison() != null
        ? outcome.comparison().name()
        : outcome.registration().name();
  }

  private static String meaning(GateOutcome outcome) {
    String model = "`" + cell(outcome.model()) + "`";
    String version =
        outcome.candidateVersion() == null ? "" : " version " + outcome.candidateVersion();
    switch (outcome.registration()) {
      case REJECT:
        return "The candidate of " + model + " was **rejected** at registration: the registry was"
            + " not touched and the champion keeps serving. Deploy jobs are skipped; the run is"
            + " green.";
      case REGISTER:
      default:
        if (outcome.comparison() == null) {
          return "The candidate of " + model + " was **registered** as" + version + ".";
        }
        return outcome.promoted()
            ? "Candidate" + version + " of " + model + " was **promoted** to `@champion`"
                + (outcome.firstModel() ? " (first model)" : "") + ". Deploy jobs run."
            : "Candidate" + version + " of " + model + " was **held**: the champion keeps serving."
                + " Deploy jobs are skipped; the run is green.";
    }
  }

  private static String boundOrChampion(CheckRow row) {
    if (row.champion() != null && row.bound() != null) {
      return value(row.champion()) + " (bound " + row.bound().toPlainString() + ")";
    }
    if (row.champion() != null) {
      return value(row.champion());
    }
    return row.bound() == null ? "" : row.bound().toPlainString();
  }

  private static String value(@Nullable MetricValue value) {
    return value == null ? "missing" : EvaluationValues.text(value);
  }

  /** Text safe in a table cell: pipes escaped, line breaks as spaces. */
  static String cell(String text) {
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ").replace("`", "'");
  }
}
