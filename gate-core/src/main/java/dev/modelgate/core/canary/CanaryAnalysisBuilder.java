package dev.modelgate.core.canary;

import dev.modelgate.core.ModelIdentity;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.internal.canary.RunSettings;
import dev.modelgate.core.internal.gate.LibraryVersion;
import dev.modelgate.core.internal.reason.CanaryRunReason;
import dev.modelgate.core.internal.reason.PolicyProblem;
import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.TrafficRouter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link CanaryAnalysis}: the canary gate, the model, the metrics source and the clock are
 * required, and a router unless it is a dry run; the registry, the audit log, the listener, the
 * waiter (default: sleeping on the clock) and the retry settings are optional. Not thread-safe;
 * reusable after {@link #build()}.
 */
public final class CanaryAnalysisBuilder {

  private @Nullable CanaryGate gate;
  private @Nullable ModelIdentity model;
  private @Nullable TrafficRouter router;
  private @Nullable CanaryMetrics metrics;
  private @Nullable ModelRegistry registry;
  private String actor = "modelgate-canary";
  private @Nullable Clock clock;
  private @Nullable CanaryWaiter waiter;
  private CanaryRetry retry = CanaryRetry.defaults();
  private @Nullable AuditLog auditLog;
  private CanaryListener listener = new CanaryListener() {};
  private boolean dryRun;
  private String libraryVersion = LibraryVersion.current();

  CanaryAnalysisBuilder() {}

  /** The canary gate of {@code policy}. */
  public CanaryAnalysisBuilder policy(QualityPolicy policy) {
    return gate(Objects.requireNonNull(policy, "policy").canary());
  }

  /** The canary gate to apply. */
  public CanaryAnalysisBuilder gate(CanaryGate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
    return this;
  }

  /**
   * The model under analysis: its name, the candidate's version, and the champion's version the
   * run expects to replace (null for a first model).
   */
  public CanaryAnalysisBuilder model(String model, @Nullable String candidateVersion, @Nullable String championVersion) {
    this.model = new ModelIdentity(model, candidateVersion, championVersion);
    return this;
  }

  /** The model under analysis. */
  public CanaryAnalysisBuilder model(ModelIdentity model) {
    this.model = Objects.requireNonNull(model, "model");
    return this;
  }

  /** The router that moves the traffic; required unless this is a dry run, never called in one. */
  public CanaryAnalysisBuilder router(TrafficRouter router) {
    this.router = Objects.requireNonNull(router, "router");
    return this;
  }

  /** The source of each window's requests, errors, latencies and predictions. */
  public CanaryAnalysisBuilder metrics(CanaryMetrics metrics) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    return this;
  }

  /**
   * The registry whose {@code champion} alias a promotion moves to the candidate's version with a
   * compare-and-set, as {@code actor}; without one, a promotion moves only the traffic.
   */
  public CanaryAnalysisBuilder registry(ModelRegistry registry, String actor) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.actor = Objects.requireNonNull(actor, "actor");
    return this;
  }

  /** The clock windows and records take their time from. */
  public CanaryAnalysisBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** How to wait for windows and between retries; default {@link CanaryWaiter#sleeping(Clock)}. */
  public CanaryAnalysisBuilder waiter(CanaryWaiter waiter) {
    this.waiter = Objects.requireNonNull(waiter, "waiter");
    return this;
  }

  /** How traffic actions are confirmed and rollbacks retried; default {@link CanaryRetry#defaults()}. */
  public CanaryAnalysisBuilder retry(CanaryRetry retry) {
    this.retry = Objects.requireNonNull(retry, "retry");
    return this;
  }

  /** The audit log every transition is appended to, with its evidence windows. */
  public CanaryAnalysisBuilder auditLog(AuditLog auditLog) {
    this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    return this;
  }

  /** Hears each window, transition and action as the run goes. */
  public CanaryAnalysisBuilder listener(CanaryListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Whether to analyse only (shadow mode): the router's methods and the registry are never called,
   * and the verdict says what the run would have done. Default false.
   */
  public CanaryAnalysisBuilder dryRun(boolean dryRun) {
    this.dryRun = dryRun;
    return this;
  }

  /** The library version verdicts record; default the running version. */
  public CanaryAnalysisBuilder libraryVersion(String version) {
    this.libraryVersion = Objects.requireNonNull(version, "version");
    return this;
  }

  /**
   * The analysis.
   *
   * @throws IllegalStateException naming every missing part: "cannot build the canary analysis:
   *     metrics is missing; clock is missing"
   */
  public CanaryAnalysis build() {
    List<String> problems = new ArrayList<>();
    if (gate == null) {
      problems.add(PolicyProblem.missing("gate"));
    }
    if (model == null) {
      problems.add(PolicyProblem.missing("model"));
    }
    if (metrics == null) {
      problems.add(PolicyProblem.missing("metrics"));
    }
    if (clock == null) {
      problems.add(PolicyProblem.missing("clock"));
    }
    if (router == null && !dryRun) {
      problems.add(CanaryRunReason.routerMissing());
    }
    if (registry != null && model != null && model.candidateVersion() == null) {
      problems.add(CanaryRunReason.candidateVersionMissing());
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(CanaryRunReason.incompleteAnalysis(String.join("; ", problems)));
    }
    Clock c = Objects.requireNonNull(clock);
    return new CanaryAnalysis(new RunSettings(
        Objects.requireNonNull(gate), Objects.requireNonNull(model), dryRun ? null : router,
        Objects.requireNonNull(metrics), registry, actor, c, waiter == null ? CanaryWaiter.sleeping(c) : waiter,
        retry, auditLog, listener, dryRun, libraryVersion));
  }
}
