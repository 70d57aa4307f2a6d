package dev.modelgate.core;

import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.PolicyProblem;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The cost matrix a policy's {@code net_benefit} is computed from: the value of each outcome, the
 * label that counts as positive, and optionally the production volume the money is scaled to.
 *
 * <p>Example, German credit: {@code new CostModel(BinaryCosts.of("0", "0", "-500", "100"), "Bad",
 * 10_000L)} — a flagged ("Bad") applicant is declined, accepting a bad one loses $500, accepting a
 * good one earns $100, and net benefit is reported per 10,000 applications ({@code net benefit on
 * the test set × 10,000 / rows}). Immutable and thread-safe.
 *
 * @param costs the value of a true positive, false positive, false negative and true negative
 * @param positiveLabel the label of the positive class, such as {@code Bad}
 * @param perRows the production volume net benefit is scaled to, at least 1; null to report it on
 *     the test set as is
 */
public record CostModel(BinaryCosts costs, String positiveLabel, @Nullable Long perRows) {

  /**
   * Checks the parts.
   *
   * @throws InvalidPolicyException listing every problem: a blank label, a volume below 1
   */
  public CostModel {
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(positiveLabel, "positiveLabel");
    Problems problems = new Problems();
    problems.addIf(positiveLabel.isBlank(), () -> PolicyProblem.blank("costs.positiveLabel"));
    if (perRows != null && perRows < 1) {
      problems.add(PolicyProblem.notPositive("costs.perRows", perRows));
    }
    problems.throwIfAny();
  }
}
