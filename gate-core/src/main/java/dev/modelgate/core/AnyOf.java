package dev.modelgate.core;

import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.PolicyProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An OR group of registration checks: the group passes when at least one of its checks passes.
 *
 * <p>Example, {@code anyOf(f1 > 0.20, recall >= 0.50)}: f1 0.25 with recall 0.40 passes; f1 0.15
 * with recall 0.40 fails; f1 0.20 (a tie, not greater) with recall 0.50 (a tie, at least) passes.
 * Every check of the group is still evaluated and reported. Immutable and thread-safe.
 *
 * @param checks the checks of the group, in the order written; at least one
 */
public record AnyOf(List<Threshold> checks) {

  /**
   * Copies the checks.
   *
   * @throws InvalidPolicyException if the group is empty
   */
  public AnyOf {
    checks = List.copyOf(checks);
    Problems problems = new Problems();
    problems.addIf(checks.isEmpty(), PolicyProblem::emptyAnyOf);
    problems.throwIfAny();
  }

  /** A builder of a group. */
  public static AnyOfBuilder builder() {
    return new AnyOfBuilder();
  }

  /** The group as a formula, such as {@code any of (f1 > 0.20, recall >= 0.50)}. */
  @Override
  public String toString() {
    return checks.stream().map(Threshold::toString).collect(Collectors.joining(", ", "any of (", ")"));
  }
}
