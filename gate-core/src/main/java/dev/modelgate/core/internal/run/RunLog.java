package dev.modelgate.core.internal.run;

import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.RegistryAction;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Logs a gate run through SLF4J with key/value pairs: each registry call (INFO when done, WARN on
 * a conflict or failure), the run's end (INFO), and a report the audit log refused (ERROR).
 * Stateless and thread-safe.
 */
public final class RunLog {

  private static final Logger log = LoggerFactory.getLogger("dev.modelgate.core.GateRun");

  private RunLog() {}

  static void action(String model, RegistryAction action, @Nullable Throwable cause) {
    LoggingEventBuilder event = action.done() ? log.atInfo() : log.atWarn();
    event = event
        .setMessage("registry " + action.step() + " " + action.outcome())
        .addKeyValue("model", model)
        .addKeyValue("step", action.step())
        .addKeyValue("alias", action.alias())
        .addKeyValue("from", action.from())
        .addKeyValue("version", action.version())
        .addKeyValue("outcome", action.outcome())
        .addKeyValue("detail", action.detail());
    if (cause != null) {
      event = event.setCause(cause);
    }
    event.log();
  }

  /** Logs how {@code report}'s run ended, at INFO. */
  public static void finished(GateRunReport report) {
    log.atInfo()
        .setMessage("gate run finished")
        .addKeyValue("model", report.model())
        .addKeyValue("outcome", report.outcome())
        .addKeyValue("decision", report.decision())
        .addKeyValue("candidateVersion", report.candidateVersion())
        .addKeyValue("championVersion", report.championVersion())
        .addKeyValue("championSource", report.championSource())
        .addKeyValue("policy", report.policy().name())
        .addKeyValue("fastTrack", report.policy().hasFastTrack())
        .addKeyValue("summary", report.summary())
        .log();
  }

  /** Logs, at ERROR, that {@code file} refused {@code report}; the summary keeps the decision known. */
  public static void notAudited(GateRunReport report, Path file, Exception cause) {
    log.atError()
        .setMessage("gate run report not appended to the audit log")
        .addKeyValue("model", report.model())
        .addKeyValue("outcome", report.outcome())
        .addKeyValue("decision", report.decision())
        .addKeyValue("candidateVersion", report.candidateVersion())
        .addKeyValue("file", file)
        .addKeyValue("summary", report.summary())
        .setCause(cause)
        .log();
  }
}
