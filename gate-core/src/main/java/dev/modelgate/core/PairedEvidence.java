package dev.modelgate.core;

import dev.modelgate.core.internal.reason.PairedReason;
import dev.modelgate.metrics.ZeroDivision;
import dev.modelgate.metrics.cost.CostMatrix;
import dev.modelgate.metrics.paired.JointTable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What champion and candidate scored on the same rows show beyond two summaries: their joint table
 * (how many rows have true class t, champion prediction a and candidate prediction b), the test
 * set's fingerprint, and how the evaluations that go with it were computed (positive label, costs,
 * 0/0 policy), so that layer 2 can put a paired confidence interval on the improvement.
 *
 * <p>The joint table is the sufficient statistic of a paired comparison: both confusion matrices
 * are its margins, and a bootstrap resamples its cells, not the rows, so the intervals cost the
 * same for 200 rows as for 10 million. {@link Evaluator#evaluatePaired} builds the evidence from
 * two models' {@link Predictions}; a pipeline that counts rows itself (streaming, per partition)
 * builds the table with a {@code JointTableAccumulator} and calls {@link #of}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PairedEvidence {

  private final String testSetFingerprint;
  private final JointTable table;
  private final String positiveLabel;
  private final @Nullable CostModel costs;
  private final @Nullable CostMatrix costMatrix;
  private final ZeroDivision zeroDivision;

  private PairedEvidence(
      String testSetFingerprint, JointTable table, String positiveLabel, @Nullable CostModel costs,
      ZeroDivision zeroDivision) {
    this.testSetFingerprint = testSetFingerprint;
    this.table = table;
    this.positiveLabel = positiveLabel;
    this.costs = costs;
    this.costMatrix = costs == null ? null : CostMatrix.binary(costs.costs(), table.labels(), positiveLabel);
    this.zeroDivision = zeroDivision;
  }

  /**
   * The evidence of {@code table} on the test set {@code testSetFingerprint}, whose evaluations were
   * computed for {@code positiveLabel} with {@code costs} (null: no net benefit) and {@code
   * zeroDivision}.
   *
   * @throws IllegalArgumentException if the fingerprint is not {@code sha256:<64 hex>}, the table
   *     has no class {@code positiveLabel}, or the costs are for another positive label or the
   *     table has more than two classes while there are costs (they are binary)
   */
  public static PairedEvidence of(
      String testSetFingerprint, JointTable table, String positiveLabel, @Nullable CostModel costs,
      ZeroDivision zeroDivision) {
    Evaluation.requireFingerprint(testSetFingerprint);
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(positiveLabel, "positiveLabel");
    Objects.requireNonNull(zeroDivision, "zeroDivision");
    if (!table.labels().contains(positiveLabel)) {
      throw new IllegalArgumentException(PairedReason.positiveNotInTable(positiveLabel, table.labels().labels()));
    }
    if (costs != null && !costs.positiveLabel().equals(positiveLabel)) {
      throw new IllegalArgumentException(PairedReason.costsForOtherLabel(costs.positiveLabel(), positiveLabel));
    }
    return new PairedEvidence(testSetFingerprint, table, positiveLabel, costs, zeroDivision);
  }

  /** {@code sha256:<64 hex>} of the test set both models were scored on. */
  public String testSetFingerprint() {
    return testSetFingerprint;
  }

  /** The joint table of (true class, champion's prediction, candidate's prediction). */
  public JointTable table() {
    return table;
  }

  /** The number of rows both models were scored on. */
  public long rows() {
    return table.rows();
  }

  /** The label whose precision, recall and F1 the evaluations hold. */
  public String positiveLabel() {
    return positiveLabel;
  }

  /** The index of {@link #positiveLabel()} in the table's labels. */
  public int positiveClass() {
    return table.labels().indexOf(positiveLabel);
  }

  /** The cost model of the evaluations' net benefit; null when they have none. */
  public @Nullable CostModel costs() {
    return costs;
  }

  /** The binary cost matrix of {@link #costs()} over the table's labels; null without costs. */
  public @Nullable CostMatrix costMatrix() {
    return costMatrix;
  }

  /** What the evaluations' 0/0 ratios are. */
  public ZeroDivision zeroDivision() {
    return zeroDivision;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairedEvidence other
        && testSetFingerprint.equals(other.testSetFingerprint)
        && table.equals(other.table)
        && positiveLabel.equals(other.positiveLabel)
        && Objects.equals(costs, other.costs)
        && zeroDivision == other.zeroDivision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(testSetFingerprint, table, positiveLabel, costs, zeroDivision);
  }

  @Override
  public String toString() {
    return "PairedEvidence[rows=" + table.rows() + ", championOnly=" + table.championOnly()
        + ", candidateOnly=" + table.candidateOnly() + ", testSet=" + testSetFingerprint + "]";
  }
}
