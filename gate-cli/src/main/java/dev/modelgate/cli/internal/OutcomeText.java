package dev.modelgate.cli.internal;

import dev.modelgate.core.MetricValue;
import java.io.PrintWriter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The readable report of a gate command: the decision of each layer, the outcome in plain words,
 * every check with its observed value and bound or champion value, and the reasons.
 *
 * <p>Stateless and thread-safe.
 */
public final class OutcomeText {

  private OutcomeText() {}

  /** Prints {@code outcome} to {@code out}. */
  public static void print(GateOutcome outcome, PrintWriter out) {
    out.printf(Locale.ROOT, "%s: %s%n", headline(outcome), sentence(outcome.summary()));
    out.printf(Locale.ROOT, "  layer 1 registration          %s%n", outcome.registration());
    if (outcome.comparison() != null) {
      out.printf(Locale.ROOT, "  layer 2 champion-challenger   %s%s%n", outcome.comparison(),
          outcome.firstModel() ? " (first model)" : champion(outcome.championVersion()));
    }
    if (outcome.decision() != null) {
      out.printf(Locale.ROOT, "  layer 3 pipeline              %s%n", outcome.decision());
    }
    if (outcome.candidateVersion() != null) {
      out.printf(Locale.ROOT, "  candidate version             %s%n", outcome.candidateVersion());
    }
    if (!outcome.checks().isEmpty()) {
      out.println();
      out.printf(Locale.ROOT, "  %-5s %-18s %-22s %14s %18s  %s%n", "layer", "metric", "check",
          "observed", "bound/champion", "passed");
      for (CheckRow row : outcome.checks()) {
        out.printf(Locale.ROOT, "  %-5s %-18s %-22s %14s %18s  %s%n",
            row.layer().equals(CheckRow.REGISTRATION) ? "1" : "2", row.metric(), row.symbol(),
            value(row.observed()), boundOrChampion(row), row.passed() ? "yes" : "NO");
      }
    }
    if (!outcome.reasons().isEmpty()) {
      out.println();
      outcome.reasons().forEach(reason -> out.println("  - " + reason));
    }
    if (outcome.report() != null) {
      out.println();
      out.println("report: " + outcome.report());
    }
    out.flush();
  }

  /** The decision of the last layer that ran. */
  static String headline(GateOutcome outcome) {
    if (outcome.decision() != null) {
      return outcome.decision().name();
    }
    return outcome.comparison() != null
        ? outcome.comparison().name()
        : outcome.registration().name();
  }

  /** {@code text} ending with a full stop. */
  static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  private static String champion(@Nullable String version) {
    return version == null ? "" : " (champion version " + version + ")";
  }

  private static String boundOrChampion(CheckRow row) {
    if (row.champion() != null) {
      return value(row.champion());
    }
    return row.bound() == null ? "" : row.bound().toPlainString();
  }

  private static String value(@Nullable MetricValue value) {
    return value == null ? "missing" : EvaluationValues.text(value);
  }
}
