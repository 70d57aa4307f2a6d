package dev.modelgate.core;

import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.PolicyProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Collects the checks of a registration gate, as in {@code gate ->
 * gate.require(Metrics.NET_BENEFIT).greaterThan(40_000).require(Metrics.F1).greaterThan(0.20)}.
 * Not thread-safe; reusable after {@link #build()}.
 */
public final class RegistrationGateBuilder {

  private final List<Threshold> checks = new ArrayList<>();
  private final List<Supplier<AnyOf>> groups = new ArrayList<>();

  RegistrationGateBuilder() {}

  /**
   * Starts a check on {@code metric} that must pass: {@code require(Metrics.F1).greaterThan(0.20)}.
   */
  public ThresholdStep<RegistrationGateBuilder> require(Metric metric) {
    return new ThresholdStep<>(metric, this::check);
  }

  /** Adds a check that must pass. */
  public RegistrationGateBuilder check(Threshold check) {
    checks.add(Objects.requireNonNull(check, "check"));
    return this;
  }

  /**
   * Adds an OR group: {@code anyOf(any -> any.require(F1).greaterThan(0.2).require(RECALL).atLeast(0.5))}.
   */
  public RegistrationGateBuilder anyOf(Consumer<AnyOfBuilder> group) {
    AnyOfBuilder builder = AnyOf.builder();
    group.accept(builder);
    groups.add(builder::build);
    return this;
  }

  /** Adds an OR group. */
  public RegistrationGateBuilder anyOf(AnyOf group) {
    Objects.requireNonNull(group, "group");
    groups.add(() -> group);
    return this;
  }

  /**
   * The gate.
   *
   * @throws InvalidPolicyException listing every problem: no checks, empty groups
   */
  public RegistrationGate build() {
    Problems problems = new Problems();
    List<AnyOf> built = new ArrayList<>();
    for (Supplier<AnyOf> group : groups) {
      AnyOf anyOf = problems.collect(group);
      if (anyOf != null) {
        built.add(anyOf);
      }
    }
    problems.addIf(checks.isEmpty() && groups.isEmpty(), PolicyProblem::noRegistrationChecks);
    problems.throwIfAny();
    return new RegistrationGate(checks, built);
  }
}
