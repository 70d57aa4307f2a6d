package dev.modelgate.core.canary;

import dev.modelgate.core.internal.canary.Bounds;
import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.CanaryPolicyProblem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Layer 4, the canary gate: how live traffic moves to the candidate step by step, how long each
 * analysis window is, how many windows must pass, when failed or inconclusive windows end the run,
 * and the {@link CanaryChecks checks} each window must pass. It decides {@link
 * CanaryDecision#PROMOTE}, {@link CanaryDecision#ROLLBACK} or, when the policy says so for
 * inconclusive runs, {@link CanaryDecision#HOLD}.
 *
 * <p>Every policy has a canary gate; {@link #defaults()} applies when the user says nothing: one
 * step at 20 % (an 80/20 split), one-minute windows, 5 passing windows, rollback at the second
 * failed window (cumulative), at least 100 requests per model per window, rollback at the third
 * inconclusive window, and the {@link CanaryChecks#defaults() default checks}.
 *
 * <p>Steps are the canary's shares in percent, strictly increasing, each below 100: the move to
 * 100 % is the promotion, which follows when the last step passed. A trailing 100, as in {@code 5,
 * 20, 50, 100}, says the same and is dropped, so {@code [5, 20, 50, 100]} equals {@code [5, 20,
 * 50]}. A step passes after {@code windowsPerStep} PASS windows; a FAIL counts towards {@code
 * failureLimit} as {@code failureCounting} declares; an INCONCLUSIVE window (missing or too little
 * data) never counts as a pass and counts towards {@code inconclusiveLimit}, over the whole run.
 * Immutable and thread-safe.
 *
 * @param steps the canary's traffic shares in percent, strictly increasing, 1 to 99
 * @param intervalSeconds the length of one analysis window in seconds, at least 1
 * @param windowsPerStep the PASS windows each step needs before the next step or the promotion
 * @param failureLimit the number of failed windows that rolls the canary back, at least 1
 * @param failureCounting whether failed windows count in a row or in total
 * @param minRequests the fewest requests each model must serve in a window for it to be judged
 * @param inconclusiveLimit the number of inconclusive windows that ends the run, at least 1
 * @param onInconclusive what the run does when it reaches {@code inconclusiveLimit}
 * @param checks what every window must pass
 */
public record CanaryGate(
    List<Integer> steps,
    long intervalSeconds,
    int windowsPerStep,
    int failureLimit,
    FailureCounting failureCounting,
    long minRequests,
    int inconclusiveLimit,
    InconclusiveAction onInconclusive,
    CanaryChecks checks) {

  /**
   * Checks the parts and drops a trailing 100 from the steps.
   *
   * @throws dev.modelgate.core.InvalidPolicyException listing every problem
   */
  public CanaryGate {
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(failureCounting, "failureCounting");
    Objects.requireNonNull(onInconclusive, "onInconclusive");
    Objects.requireNonNull(checks, "checks");
    steps = withoutPromotion(steps);
    Problems problems = new Problems();
    checkSteps(problems, steps);
    Bounds.atLeastOne(problems, "canary.intervalSeconds", intervalSeconds);
    Bounds.atLeastOne(problems, "canary.windowsPerStep", windowsPerStep);
    Bounds.atLeastOne(problems, "canary.failureLimit", failureLimit);
    Bounds.atLeastOne(problems, "canary.minRequests", minRequests);
    Bounds.atLeastOne(problems, "canary.inconclusiveLimit", inconclusiveLimit);
    problems.throwIfAny();
  }

  /** The default canary gate; see the class description. */
  public static CanaryGate defaults() {
    return builder().build();
  }

  /** A builder starting from {@link #defaults()}. */
  public static CanaryGateBuilder builder() {
    return new CanaryGateBuilder();
  }

  /** A builder holding this gate's settings and checks. */
  public CanaryGateBuilder toBuilder() {
    return new CanaryGateBuilder(this);
  }

  /** The length of one analysis window. */
  public Duration interval() {
    return Duration.ofSeconds(intervalSeconds);
  }

  /**
   * The most windows a run can take, so that every run ends: all steps' passes, plus one short of
   * the inconclusive limit, plus one short of the failure limit ({@link
   * FailureCounting#CUMULATIVE}) or one short of it before and after every pass ({@link
   * FailureCounting#CONSECUTIVE}). The default gate takes at most 5 + 1 + 2 = 8 windows.
   */
  public long maxWindows() {
    long passes = (long) steps.size() * windowsPerStep;
    long failures =
        failureCounting == FailureCounting.CUMULATIVE
            ? failureLimit - 1L
            : (passes + 1) * (failureLimit - 1L);
    return passes + failures + (inconclusiveLimit - 1L);
  }

  private static List<Integer> withoutPromotion(List<Integer> steps) {
    List<Integer> copy = new ArrayList<>(steps.size());
    for (Integer step : steps) {
      copy.add(Objects.requireNonNull(step, "step"));
    }
    if (!copy.isEmpty() && copy.get(copy.size() - 1) == 100) {
      copy.remove(copy.size() - 1);
    }
    return List.copyOf(copy);
  }

  private static void checkSteps(Problems problems, List<Integer> steps) {
    problems.addIf(steps.isEmpty(), CanaryPolicyProblem::noSteps);
    for (int i = 0; i < steps.size(); i++) {
      int step = steps.get(i);
      if (step < 1 || step > 99) {
        problems.add(CanaryPolicyProblem.stepOutOfRange(i, step));
      } else if (i > 0 && step <= steps.get(i - 1)) {
        problems.add(CanaryPolicyProblem.stepsNotIncreasing(steps.get(i - 1), step));
      }
    }
  }
}
