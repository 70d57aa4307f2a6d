package dev.modelgate.core;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdict of the registration gate (layer 1): {@code REGISTER} when every check and every OR
 * group passed, {@code REJECT} otherwise. Every check is reported, passed or not. Immutable and
 * thread-safe.
 *
 * @param decision register or reject
 * @param candidate the evaluation the checks ran on
 * @param checks the result of each check that must pass, in the policy's order
 * @param anyOf the result of each OR group, in the policy's order
 * @param reasons the failed checks' reasons on a rejection, every check's reason on a registration
 * @param context the evidence
 * @param intervals the candidate's confidence intervals, for information (they decide nothing), and
 *     shown as the last reason; null when the candidate carried no evidence
 */
public record RegistrationVerdict(
    RegistrationDecision decision,
    Evaluation candidate,
    List<CheckResult> checks,
    List<AnyOfResult> anyOf,
    List<String> reasons,
    VerdictContext context,
    @Nullable ModelIntervals intervals)
    implements Verdict {

  /** Copies the lists. */
  public RegistrationVerdict {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(context, "context");
    checks = List.copyOf(checks);
    anyOf = List.copyOf(anyOf);
    reasons = List.copyOf(reasons);
  }

  /** A verdict without the candidate's intervals. */
  public RegistrationVerdict(
      RegistrationDecision decision,
      Evaluation candidate,
      List<CheckResult> checks,
      List<AnyOfResult> anyOf,
      List<String> reasons,
      VerdictContext context) {
    this(decision, candidate, checks, anyOf, reasons, context, null);
  }

  /** Whether the candidate may enter the registry. */
  public boolean registered() {
    return decision == RegistrationDecision.REGISTER;
  }

  @Override
  public Layer layer() {
    return Layer.REGISTRATION;
  }

  @Override
  public String decisionName() {
    return decision.name();
  }
}
