package dev.modelgate.core.internal.gate;

import dev.modelgate.core.AnyOf;
import dev.modelgate.core.AnyOfResult;
import dev.modelgate.core.CheckKind;
import dev.modelgate.core.CheckResult;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.ModelIntervals;
import dev.modelgate.core.RegistrationDecision;
import dev.modelgate.core.RegistrationGate;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.Threshold;
import dev.modelgate.core.VerdictContext;
import dev.modelgate.core.internal.reason.AnyOfReason;
import dev.modelgate.core.internal.reason.IntervalReason;
import dev.modelgate.core.internal.reason.MissingReason;
import dev.modelgate.core.internal.reason.ThresholdReason;
import dev.modelgate.core.internal.reason.UndefinedReason;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a registration gate: every check and every OR group, never stopping at the first
 * failure. Stateless and thread-safe.
 */
public final class RegistrationEvaluator {

  private RegistrationEvaluator() {}

  /** The verdict of {@code gate} on {@code candidate}, without intervals. */
  public static RegistrationVerdict evaluate(
      RegistrationGate gate, Evaluation candidate, VerdictContext context) {
    return evaluate(gate, candidate, context, null);
  }

  /**
   * The verdict of {@code gate} on {@code candidate}, showing the candidate's {@code intervals}
   * (null: none) as its last reason, for information.
   */
  public static RegistrationVerdict evaluate(
      RegistrationGate gate, Evaluation candidate, VerdictContext context, @Nullable ModelIntervals intervals) {
    List<CheckResult> checks =
        gate.checks().stream().map(check -> check(check, candidate)).collect(Collectors.toList());
    List<AnyOfResult> groups =
        gate.anyOf().stream().map(group -> group(group, candidate)).collect(Collectors.toList());
    boolean registered =
        checks.stream().allMatch(CheckResult::passed) && groups.stream().allMatch(AnyOfResult::passed);
    List<String> reasons = LeadingReasons.of(context);
    checks.stream().filter(c -> registered || !c.passed()).map(CheckResult::reason).forEach(reasons::add);
    groups.stream().filter(g -> registered || !g.passed()).map(AnyOfResult::reason).forEach(reasons::add);
    if (intervals != null) {
      reasons.add(IntervalReason.information(intervals));
    }
    RegistrationDecision decision = registered ? RegistrationDecision.REGISTER : RegistrationDecision.REJECT;
    return new RegistrationVerdict(decision, candidate, checks, groups, reasons, context, intervals);
  }

  /**
   * The result of one check: missing and undefined (NaN) values fail with their own reason; a
   * defined value is compared exactly with the bound.
   */
  public static CheckResult check(Threshold check, Evaluation candidate) {
    CheckKind kind = CheckKind.of(check.comparison());
    Optional<MetricValue> found = candidate.metric(check.metric());
    if (found.isEmpty()) {
      return new CheckResult(kind, check.metric(), null, check.bound(), null, false, MissingReason.of(check.metric()));
    }
    MetricValue observed = found.get();
    if (!observed.isDefined()) {
      return new CheckResult(kind, check.metric(), observed, check.bound(), null, false, UndefinedReason.of(check.metric()));
    }
    boolean passed = check.test(observed.value());
    String reason =
        passed ? ThresholdReason.passed(check, observed.value()) : ThresholdReason.failed(check, observed.value());
    return new CheckResult(kind, check.metric(), observed, check.bound(), null, passed, reason);
  }

  private static AnyOfResult group(AnyOf group, Evaluation candidate) {
    List<CheckResult> checks =
        group.checks().stream().map(check -> check(check, candidate)).collect(Collectors.toList());
    long passed = checks.stream().filter(CheckResult::passed).count();
    String reason = passed > 0 ? AnyOfReason.passed(group, passed) : AnyOfReason.failed(group);
    return new AnyOfResult(group, checks, passed > 0, reason);
  }
}
