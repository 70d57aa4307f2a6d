package dev.modelgate.core;

import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.PolicyProblem;
import java.util.List;

/**
 * Layer 1, the registration gate: the minimum bar a candidate's evaluation must clear before the
 * model may enter the registry. Decides {@link RegistrationDecision#REGISTER} or {@link
 * RegistrationDecision#REJECT}.
 *
 * <p>Every check must pass (AND), and in each {@link AnyOf} group at least one check must pass
 * (OR). Every check is evaluated and reported, not only the first failure. An undefined (NaN) or
 * missing metric fails its check with its own reason. Example with {@code net_benefit > 40000 and
 * f1 > 0.20}: (41000, 0.25) registers; (38000, 0.25) is rejected; (40000, 0.25) is rejected,
 * because a tie is not greater. Immutable and thread-safe.
 *
 * @param checks checks that must all pass, in the order written
 * @param anyOf OR groups that must each have a passing check, in the order written
 */
public record RegistrationGate(List<Threshold> checks, List<AnyOf> anyOf) {

  /**
   * Copies the lists.
   *
   * @throws InvalidPolicyException if the gate has neither a check nor a group
   */
  public RegistrationGate {
    checks = List.copyOf(checks);
    anyOf = List.copyOf(anyOf);
    Problems problems = new Problems();
    problems.addIf(checks.isEmpty() && anyOf.isEmpty(), PolicyProblem::noRegistrationChecks);
    problems.throwIfAny();
  }

  /** A builder of a registration gate. */
  public static RegistrationGateBuilder builder() {
    return new RegistrationGateBuilder();
  }

  /** A builder holding this gate's checks and groups. */
  public RegistrationGateBuilder toBuilder() {
    RegistrationGateBuilder builder = new RegistrationGateBuilder();
    checks.forEach(builder::check);
    anyOf.forEach(builder::anyOf);
    return builder;
  }
}
