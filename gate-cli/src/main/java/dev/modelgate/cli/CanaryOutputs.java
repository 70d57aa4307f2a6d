package dev.modelgate.cli;

import dev.modelgate.cli.OutputOptions.Format;
import dev.modelgate.cli.internal.CanaryChampion;
import dev.modelgate.cli.internal.CanaryJson;
import dev.modelgate.cli.internal.CanarySummary;
import dev.modelgate.cli.internal.CanaryText;
import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.GitHubOutputs;
import dev.modelgate.cli.internal.StepSummary;
import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.canary.CanaryDecision;
import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.core.report.Reports;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.ModelRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * What {@code gate canary} leaves behind once the run ended, in this order: {@code @champion} moved
 * back when {@code gate run} had moved it ahead and the canary was not promoted, the report file,
 * the verdict on stdout, the CI outputs, then a line on stderr for every end but a promotion. A
 * failed output does not stop the others; it exits {@link ExitCode#INFRASTRUCTURE} unless the
 * rollback failed, which stays {@link ExitCode#ROLLBACK_FAILED}.
 */
final class CanaryOutputs {

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Print readable lines, or one JSON object per window and a final verdict"
          + " object, one per line.")
  private Format format = Format.TEXT;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write the full canary report (JSON) here. Default: none, except with"
          + " $GITHUB_OUTPUT set, when it goes to a new modelgate-report-*.json in $RUNNER_TEMP.")
  private @Nullable Path report;

  @Option(names = "--audit-log", paramLabel = "FILE",
      description = "Append every state transition, with its evidence windows, to this"
          + " hash-chained JSON Lines audit log.")
  private @Nullable Path auditLog;

  private @Nullable AuditLog audit;

  boolean json() {
    return format == Format.JSON;
  }

  /** The audit log, opened on the real clock; empty without {@code --audit-log}. */
  Optional<AuditLog> auditLog(CliContext context) {
    if (auditLog != null && audit == null) {
      audit = AuditLog.open(auditLog, context.clock());
    }
    return Optional.ofNullable(audit);
  }

  /** Writes and prints the outcome of {@code verdict}; returns the exit status. */
  ExitCode publish(CommandSpec spec, CliContext context, CanaryVerdict verdict,
      CanaryChampion champion, @Nullable ModelRegistry registry, String actor) {
    List<String> notes = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    AliasChange restored = restore(verdict, champion, registry, actor, notes, failures);
    if (verdict.dryRun()) {
      notes.add(CanaryText.dryRun());
    }
    Path written = null;
    try {
      written = DecisionOutputs.reportPath(
          context, report, context.variable(GitHubOutputs.VARIABLE).isPresent());
      if (written != null) {
        write(written, Reports.toJson(verdict));
      }
    } catch (IOException e) {
      failures.add("cannot write the report: " + e);
      written = null;
    }
    String reportPath = written == null ? null : written.toString();
    if (json()) {
      context.out().println(CanaryJson.verdict(verdict, reportPath, restored));
    } else {
      CanaryText.verdict(verdict, notes).forEach(context.out()::println);
      if (reportPath != null) {
        context.out().println("report: " + reportPath);
      }
    }
    context.out().flush();
    ci(context, verdict, notes, reportPath, failures);
    return status(spec, context, verdict, failures);
  }

  private @Nullable AliasChange restore(CanaryVerdict verdict, CanaryChampion champion,
      @Nullable ModelRegistry registry, String actor, List<String> notes, List<String> failures) {
    if (registry == null || !champion.movedAhead() || verdict.decision() == CanaryDecision.PROMOTE) {
      return null;
    }
    String candidate = String.valueOf(verdict.model().candidateVersion());
    if (verdict.dryRun()) {
      notes.add(CanaryText.wouldRestore(candidate, champion.version()));
      return null;
    }
    AliasChange change;
    try {
      change = champion.restore(registry, verdict, actor).orElse(null);
    } catch (RuntimeException e) {
      String failure =
          CanaryText.restoreFailed(candidate, champion.version(), String.valueOf(e.getMessage()));
      notes.add(failure);
      failures.add(failure);
      return null;
    }
    notes.add(CanaryText.restored(candidate, champion.version()));
    if (audit != null && change != null) {
      Map<String, String> payload = new LinkedHashMap<>();
      payload.put("model", change.model());
      payload.put("from", candidate);
      payload.put("to", champion.version() == null ? "unset" : champion.version());
      payload.put("actor", actor);
      payload.put("decision", verdict.decision().name());
      try {
        audit.append("canary.champion-restored", payload);
      } catch (RuntimeException e) {
        failures.add("cannot append the champion's move to the audit log: " + e.getMessage());
      }
    }
    return change;
  }

  private static void ci(CliContext context, CanaryVerdict verdict, List<String> notes,
      @Nullable String report, List<String> failures) {
    Optional<String> output = context.variable(GitHubOutputs.VARIABLE);
    Optional<String> summary = context.variable(StepSummary.VARIABLE);
    try {
      if (output.isPresent()) {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("canary-decision", verdict.decision().name().toLowerCase(Locale.ROOT));
        if (report != null) {
          outputs.put("canary-report", report);
        }
        GitHubOutputs.append(Path.of(output.get()), outputs);
      }
      if (summary.isPresent()) {
        CanarySummary.append(Path.of(summary.get()), verdict, notes, report);
      }
    } catch (IOException e) {
      failures.add("cannot write the GitHub Actions outputs: " + e);
    }
  }

  private static ExitCode status(
      CommandSpec spec, CliContext context, CanaryVerdict verdict, List<String> failures) {
    ExitCode code;
    switch (verdict.state()) {
      case PROMOTED:
        code = ExitCode.OK;
        break;
      case HELD:
        code = ExitCode.HELD;
        break;
      case ROLLBACK_FAILED:
        code = ExitCode.ROLLBACK_FAILED;
        break;
      default:
        code = ExitCode.ROLLED_BACK;
    }
    String name = spec.qualifiedName();
    if (code != ExitCode.OK) {
      String head = code == ExitCode.ROLLBACK_FAILED ? "ROLLBACK FAILED" : verdict.summary();
      context.err().println(name + ": " + head + ": " + verdict.reasons().get(0));
    }
    failures.forEach(failure -> context.err().println(name + ": " + failure));
    context.err().flush();
    return failures.isEmpty() || code == ExitCode.ROLLBACK_FAILED ? code : ExitCode.INFRASTRUCTURE;
  }

  private static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
