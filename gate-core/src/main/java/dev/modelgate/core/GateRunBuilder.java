package dev.modelgate.core;

import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.internal.reason.PolicyProblem;
import dev.modelgate.core.internal.run.RunMessages;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.RegistryNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link GateRun}: the gate and the registry are required; the actor recorded with alias
 * moves and the audit log are optional. Not thread-safe; reusable after {@link #build()}.
 */
public final class GateRunBuilder {

  /** The actor recorded with alias moves when none is set. */
  public static final String DEFAULT_ACTOR = "modelgate";

  private @Nullable Gate gate;
  private @Nullable ModelRegistry registry;
  private String actor = DEFAULT_ACTOR;
  private @Nullable AuditLog auditLog;

  GateRunBuilder() {}

  /** The gate whose layers the run applies, with its policy, clock and publishers. */
  public GateRunBuilder gate(Gate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
    return this;
  }

  /** The registry the candidate is registered in and the aliases are moved in. */
  public GateRunBuilder registry(ModelRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    return this;
  }

  /**
   * Who moves the aliases, as the registry's history records it, such as {@code ci:build-4711};
   * default {@value #DEFAULT_ACTOR}.
   *
   * @throws IllegalArgumentException if the registry would refuse it (blank, too long, control
   *     characters)
   */
  public GateRunBuilder actor(String actor) {
    this.actor = RegistryNames.requireActor(actor);
    return this;
  }

  /** The audit log every run's report is appended to. */
  public GateRunBuilder auditLog(AuditLog auditLog) {
    this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    return this;
  }

  /**
   * The run.
   *
   * @throws IllegalStateException naming every missing part: "cannot build the gate run: gate is
   *     missing; registry is missing"
   */
  public GateRun build() {
    List<String> missing = new ArrayList<>();
    if (gate == null) {
      missing.add(PolicyProblem.missing("gate"));
    }
    if (registry == null) {
      missing.add(PolicyProblem.missing("registry"));
    }
    if (gate == null || registry == null) {
      throw new IllegalStateException(RunMessages.incompleteRun(missing));
    }
    return new GateRun(gate, registry, actor, auditLog);
  }
}
