package dev.modelgate.core;

import dev.modelgate.core.internal.run.RunMessages;
import java.io.Serial;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Thrown when a {@link GateRun} finished, with its registry changes made, but its report could not
 * be appended to the audit log. The report is attached so that the caller can keep it elsewhere
 * and act on its decision; nothing was undone.
 *
 * <p>Message: {@code the gate run of credit-risk ended PROMOTED (decision DEPLOY) but its report
 * was not appended to audit log /var/audit.jsonl: …}.
 */
public final class RunNotAuditedException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final transient GateRunReport report;
  private final transient Path file;

  /** An exception for {@code report}, which {@code file} refused for {@code cause}. */
  public RunNotAuditedException(GateRunReport report, Path file, RuntimeException cause) {
    super(RunMessages.notAudited(report, file, cause), cause);
    this.report = Objects.requireNonNull(report, "report");
    this.file = Objects.requireNonNull(file, "file");
  }

  /** The report of the run, complete. */
  public GateRunReport report() {
    return report;
  }

  /** The audit log's file. */
  public Path file() {
    return file;
  }
}
