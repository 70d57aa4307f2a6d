package dev.modelgate.core.internal.canary;

import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.FailureCounting;
import dev.modelgate.core.canary.WindowOutcome;
import dev.modelgate.core.canary.WindowResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts a canary run's windows against its policy: passes in the current step, failed windows (in
 * a row or in total, as declared) and inconclusive windows over the whole run, and says what each
 * window means for the run. An inconclusive window neither counts as a failure nor resets one. A
 * window in which a sequential test reached 1/α ends the run at once. Not thread-safe: one per run.
 */
public final class Progress {

  /** What a window means for the run. */
  public enum Next {
    /** Keep observing the current step. */
    CONTINUE,
    /** The current step has all its passing windows. */
    STEP_PASSED,
    /** The failed windows reached the failure limit: roll back. */
    FAILURE_LIMIT,
    /** The inconclusive windows reached their limit: roll back or hold. */
    INCONCLUSIVE_LIMIT,
    /** A sequential test reached 1/α: roll back now, whatever the failure limit. */
    SEQUENTIAL_EVIDENCE
  }

  private final CanaryGate gate;
  private final List<Integer> passed = new ArrayList<>();
  private final List<Integer> failed = new ArrayList<>();
  private final List<Integer> inconclusive = new ArrayList<>();

  /** Counts for a run of {@code gate}. */
  public Progress(CanaryGate gate) {
    this.gate = gate;
  }

  /** Counts {@code window} and says what it means for the run. */
  public Next after(WindowResult window) {
    int index = window.window().index();
    if (window.outcome() == WindowOutcome.FAIL) {
      failed.add(index);
      if (!SequentialEvidence.rejections(window).isEmpty()) {
        return Next.SEQUENTIAL_EVIDENCE;
      }
      return failed.size() >= gate.failureLimit() ? Next.FAILURE_LIMIT : Next.CONTINUE;
    }
    if (window.outcome() == WindowOutcome.INCONCLUSIVE) {
      inconclusive.add(index);
      return inconclusive.size() >= gate.inconclusiveLimit() ? Next.INCONCLUSIVE_LIMIT : Next.CONTINUE;
    }
    passed.add(index);
    if (gate.failureCounting() == FailureCounting.CONSECUTIVE) {
      failed.clear();
    }
    return passed.size() >= gate.windowsPerStep() ? Next.STEP_PASSED : Next.CONTINUE;
  }

  /** Starts counting the passes of the next step; the step's passing windows are returned. */
  public List<Integer> nextStep() {
    List<Integer> windows = List.copyOf(passed);
    passed.clear();
    return windows;
  }

  /** The passing windows of the current step. */
  public List<Integer> passed() {
    return List.copyOf(passed);
  }

  /** The failed windows that count towards the limit: all of them, or the current run of them. */
  public List<Integer> failed() {
    return List.copyOf(failed);
  }

  /** The inconclusive windows of the run. */
  public List<Integer> inconclusive() {
    return List.copyOf(inconclusive);
  }
}
