package dev.modelgate.core;

import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.internal.report.ReportJson;
import dev.modelgate.core.internal.run.RunFlow;
import dev.modelgate.core.internal.run.RunLog;
import dev.modelgate.core.spi.ModelRegistry;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs every layer of a {@link Gate} for one candidate against a {@link ModelRegistry} and returns
 * the whole story as a {@link GateRunReport}: the orchestration entry point a training job or the
 * command line calls.
 *
 * <pre>{@code
 * GateRun run = GateRun.builder().gate(gate).registry(registry).auditLog(audit).build();
 * GateRunReport report = run.run(RunRequest.builder()
 *     .candidate(Candidate.of("credit-risk", evaluation))
 *     .source("s3://models/credit-risk/2025-03-01")
 *     .build());
 * if (report.decision() == DeployDecision.DEPLOY) { ... }
 * }</pre>
 *
 * <p>The steps, in order:
 *
 * <ol>
 *   <li>Layer 1. On {@code REJECT} the run stops: the registry is not called at all, layer 2
 *       holds, layer 3 skips, outcome {@link RunOutcome#REJECTED}.
 *   <li>The candidate is registered (source, run id, description, evaluation, the gate's {@code
 *       modelgate.*} tags) and the {@code candidate} alias moved to it. A concurrent move of {@code
 *       candidate} is recorded as a conflict and does not stop the run.
 *   <li>The {@code champion} alias is read: the version seen is the one the promotion will expect.
 *   <li>The champion's evaluation comes from the request, else from the registry record of the
 *       version seen, used only when it is on today's test set (else {@link
 *       RunOutcome#STALE_CHAMPION}: refused, never compared). A requested champion of another
 *       version than the registry's is {@link RunOutcome#CHAMPION_MISMATCH}; a record without an
 *       evaluation is {@link RunOutcome#NO_CHAMPION_EVALUATION}. No champion at all: the policy's
 *       first-model rule decides.
 *   <li>Layer 2. On {@code PROMOTE} the {@code champion} alias moves with compare-and-set from the
 *       version seen; if it moved meanwhile, the promotion does not land and layer 2 is overruled
 *       to {@code HOLD} ({@link RunOutcome#CHAMPION_MOVED}).
 *   <li>The decisions are set as {@code modelgate.*} tags on the candidate's version.
 *   <li>Layer 3, with the gate's publishers.
 *   <li>The report is appended to the audit log, when there is one, as an entry of type {@value
 *       #AUDIT_TYPE}.
 * </ol>
 *
 * <p>Fail safe: any exception from the registry ends the comparison with {@code HOLD} and {@code
 * SKIP} ({@link RunOutcome#REGISTRY_FAILED}), and no later step calls the registry. A run that
 * could not compare holds at layer 2 with no checks and the problem as its reason. Every registry
 * call is logged through SLF4J with key/value pairs. Thread-safe when the registry, the publishers
 * and the audit log are; runs do not share state.
 */
public final class GateRun {

  /** The type of the audit entries a run appends. */
  public static final String AUDIT_TYPE = "gate.run";

  private final Gate gate;
  private final ModelRegistry registry;
  private final String actor;
  private final @Nullable AuditLog auditLog;

  GateRun(Gate gate, ModelRegistry registry, String actor, @Nullable AuditLog auditLog) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.auditLog = auditLog;
  }

  /** A builder of a run; the gate and the registry are required. */
  public static GateRunBuilder builder() {
    return new GateRunBuilder();
  }

  /** The gate whose layers the run applies. */
  public Gate gate() {
    return gate;
  }

  /**
   * Runs every layer for the candidate of {@code request}, as the class documentation describes.
   *
   * @return the report, also appended to the audit log when there is one
   * @throws DifferentTestSetsException if the request's champion was evaluated on another test set
   *     than the candidate: checked first, so nothing is decided and the registry is not touched
   * @throws RunNotAuditedException if the run finished but its report could not be appended to the
   *     audit log (any exception of the log, such as {@code AuditLogException}); the exception
   *     carries the report
   */
  public GateRunReport run(RunRequest request) {
    Objects.requireNonNull(request, "request");
    GateRunReport report = RunFlow.run(gate, gate.clock(), registry, actor, request);
    RunLog.finished(report);
    if (auditLog != null) {
      try {
        auditLog.appendJson(AUDIT_TYPE, ReportJson.write(report));
      } catch (RuntimeException e) {
        RunLog.notAudited(report, auditLog.file(), e);
        throw new RunNotAuditedException(report, auditLog.file(), e);
      }
    }
    return report;
  }

  @Override
  public String toString() {
    return "GateRun[gate=" + gate + ", actor=" + actor + ", audited=" + (auditLog != null) + "]";
  }
}
