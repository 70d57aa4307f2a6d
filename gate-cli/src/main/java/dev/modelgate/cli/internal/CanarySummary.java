package dev.modelgate.cli.internal;

import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.core.canary.TrafficCounts;
import dev.modelgate.core.canary.WindowOutcome;
import dev.modelgate.core.canary.WindowResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The job summary of {@code gate canary} for GitHub Actions: a heading with the outcome, the
 * reasons and notes, and the timeline of windows (outcome, requests and errors of each model,
 * reasons) in GitHub-flavoured Markdown. Stateless and thread-safe.
 */
public final class CanarySummary {

  private CanarySummary() {}

  /**
   * Appends the summary of {@code verdict} to {@code file}.
   *
   * @throws IOException if the file cannot be written
   */
  public static void append(Path file, CanaryVerdict verdict, List<String> notes,
      @Nullable String report) throws IOException {
    Files.writeString(file, markdown(verdict, notes, report), StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** The Markdown of {@code verdict}. */
  public static String markdown(CanaryVerdict verdict, List<String> notes, @Nullable String report) {
    StringBuilder md = new StringBuilder();
    List<String> headline = CanaryText.verdict(verdict, List.of());
    md.append("## ModelGate canary `").append(StepSummary.cell(verdict.model().model()))
        .append("`: ").append(StepSummary.cell(headline.get(0))).append("\n\n");
    verdict.reasons().forEach(reason -> md.append("- ").append(StepSummary.cell(reason)).append('\n'));
    notes.forEach(note -> md.append("- ").append(StepSummary.cell(note)).append('\n'));
    md.append('\n');
    if (!verdict.windows().isEmpty()) {
      md.append("| Window | Step | Canary share | Outcome | Champion requests / errors |"
          + " Canary requests / errors | Reasons |\n");
      md.append("|---:|---:|---:|:---:|---:|---:|---|\n");
      for (WindowResult window : verdict.windows()) {
        TrafficCounts counts = window.counts();
        md.append("| ").append(window.window().index())
            .append(" | ").append(window.step())
            .append(" | ").append(window.canaryPercent()).append(" %")
            .append(" | ").append(mark(window.outcome())).append(' ').append(window.outcome())
            .append(" | ").append(counts == null ? "missing"
                : counts.championRequests() + " / " + counts.championErrors())
            .append(" | ").append(counts == null ? "missing"
                : counts.canaryRequests() + " / " + counts.canaryErrors())
            .append(" | ").append(StepSummary.cell(String.join("; ", window.reasons())))
            .append(" |\n");
      }
      md.append('\n');
    }
    if (report != null) {
      md.append("Report: `").append(StepSummary.cell(report)).append("`\n\n");
    }
    return md.toString();
  }

  private static String mark(WindowOutcome outcome) {
    switch (outcome) {
      case PASS:
        return "✅";
      case FAIL:
        return "❌";
      default:
        return "❔";
    }
  }
}
