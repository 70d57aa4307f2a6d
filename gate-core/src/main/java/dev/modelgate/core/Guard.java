package dev.modelgate.core;

import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.PolicyProblem;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A guard metric of the champion–challenger gate: a metric the candidate may not make worse than
 * the champion's by more than {@code maxDrop}, so that "F1 up, revenue down" (or the reverse) is
 * caught.
 *
 * <p>"Drop" follows the metric's direction: a fall for higher-is-better metrics, a rise for
 * lower-is-better ones. The drop is {@code champion − candidate} (higher is better) or {@code
 * candidate − champion} (lower is better); the guard holds when the drop is at most {@code
 * maxDrop}. Example, {@code f1} may not drop by 0.02 from a champion at 0.80: 0.79 holds (drop
 * 0.01), 0.77 fails (drop 0.03), 0.78 holds (drop exactly 0.02, the tie). An undefined (NaN) or
 * missing value on either side fails. Immutable and thread-safe.
 *
 * @param metric the guarded metric
 * @param maxDrop the largest allowed worsening, at least 0 ({@code 0}: may not get worse at all)
 */
public record Guard(Metric metric, BigDecimal maxDrop) {

  /**
   * Checks the parts.
   *
   * @throws InvalidPolicyException if {@code maxDrop} is negative
   */
  public Guard {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(maxDrop, "maxDrop");
    Problems problems = new Problems();
    problems.addIf(
        maxDrop.signum() < 0,
        () -> PolicyProblem.negative("championChallenger.guard(" + metric.name() + ").mayNotDropBy", maxDrop));
    problems.throwIfAny();
  }

  /** The guard as a formula, such as {@code f1 may not drop by more than 0.02}. */
  @Override
  public String toString() {
    return metric.name() + " may not drop by more than " + maxDrop.toPlainString();
  }
}
