package dev.modelgate.metrics.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one cell of the confusion matrix contributes to a {@link NetBenefit}: how many rows fell in
 * it, their amounts, and the money they made or lost. A report uses the cells to explain where a
 * net benefit came from.
 *
 * <p>Example, German credit with positive {@code Bad} at index 0 and a false negative worth −500:
 * 12 bad applicants accepted give {@code CellContribution[truth=0, predicted=1, count=12,
 * amount=0.00, contribution=-6000]}.
 *
 * <p>Two cells are equal when their classes are equal and their decimals are numerically equal.
 * Immutable and thread-safe.
 *
 * @param truth the true class
 * @param predicted the predicted class
 * @param count the rows in the cell, or their total weight when the confusion matrix is weighted
 * @param amount the sum of the rows' amounts in currency units; zero when rows carry no amounts
 * @param contribution {@code value(truth, predicted) × count + rate(truth, predicted) × amount},
 *     exact
 */
public record CellContribution(
    int truth, int predicted, BigDecimal count, BigDecimal amount, BigDecimal contribution) {

  /** Checks that the classes are indices and that no decimal is null. */
  public CellContribution {
    if (truth < 0) {
      throw new IllegalArgumentException(CostMessages.negative("truth", truth));
    }
    if (predicted < 0) {
      throw new IllegalArgumentException(CostMessages.negative("predicted", predicted));
    }
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(contribution, "contribution");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellContribution other
        && truth == other.truth
        && predicted == other.predicted
        && Decimals.sameValue(count, other.count)
        && Decimals.sameValue(amount, other.amount)
        && Decimals.sameValue(contribution, other.contribution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        truth, predicted, Decimals.hash(count), Decimals.hash(amount), Decimals.hash(contribution));
  }
}
