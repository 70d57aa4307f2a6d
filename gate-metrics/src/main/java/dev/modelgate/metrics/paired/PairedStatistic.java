package dev.modelgate.metrics.paired;

import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.cost.CostMatrix;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * A number computed from a {@link JointTable}: usually the difference candidate − champion of a
 * metric, or one model's metric, so that {@link PairedBootstrap} can give it a confidence interval.
 *
 * <p>Any function of the two confusion matrices qualifies: {@code
 * PairedStatistic.difference(m -> ClassificationMetrics.of(m).f1(Average.MACRO))} is the macro-F1
 * difference. The factories {@link #accuracyDifference()}, {@link #f1Difference(int)} and {@link
 * #netBenefitDifference(CostMatrix)} compute the same values as {@link ClassificationMetrics} (0/0
 * = 0, its default) straight from the table's counts, without building matrices, which matters
 * when a bootstrap evaluates them 10,000 times.
 *
 * <p>Implementations must be pure functions of the table (same table, same value) and thread-safe.
 */
@FunctionalInterface
public interface PairedStatistic {

  /**
   * The statistic of {@code table}. It may be NaN where it is undefined; bootstrap intervals of a
   * statistic that is NaN on any resample are undefined.
   */
  double of(JointTable table);

  /** The difference {@code metric(candidate) − metric(champion)}. */
  static PairedStatistic difference(ToDoubleFunction<ConfusionMatrix> metric) {
    Objects.requireNonNull(metric, "metric");
    return table ->
        metric.applyAsDouble(table.candidate()) - metric.applyAsDouble(table.champion());
  }

  /** {@code metric} of the champion alone, for its own interval in a report. */
  static PairedStatistic champion(ToDoubleFunction<ConfusionMatrix> metric) {
    Objects.requireNonNull(metric, "metric");
    return table -> metric.applyAsDouble(table.champion());
  }

  /**
   * {@code metric} of the candidate alone, for its own interval in a report. A model with no
   * champion (at registration) gets its interval from its table against itself, {@code
   * JointTable.of(labels, truth, predicted, predicted)}, which resamples exactly its confusion
   * matrix.
   */
  static PairedStatistic candidate(ToDoubleFunction<ConfusionMatrix> metric) {
    Objects.requireNonNull(metric, "metric");
    return table -> metric.applyAsDouble(table.candidate());
  }

  /**
   * The accuracy difference: (candidate's right rows − champion's right rows) / n, that is (c − b)
   * / n with McNemar's discordant counts.
   */
  static PairedStatistic accuracyDifference() {
    return TableMetrics::accuracyDifference;
  }

  /**
   * The difference in F1 of {@code positiveClass}, equal to {@code ClassificationMetrics.of(m)
   * .f1(positiveClass)} of each model; the table's evaluation refuses a class outside [0, K).
   */
  static PairedStatistic f1Difference(int positiveClass) {
    return table -> TableMetrics.f1Difference(table, positiveClass);
  }

  /**
   * The difference in net benefit under {@code costs}, a cost matrix without rates: Σ over cells of
   * count × (value(t, candidate's b) − value(t, champion's a)), each cell's value difference exact
   * and rounded once to a double. Rows both models predict alike contribute exactly 0.
   *
   * @throws IllegalArgumentException if {@code costs} has rates, which need per-row amounts (use
   *     {@link RowDifferenceAccumulator}); the table's evaluation refuses a cost matrix of another
   *     size
   */
  static PairedStatistic netBenefitDifference(CostMatrix costs) {
    Objects.requireNonNull(costs, "costs");
    if (costs.hasRates()) {
      throw PairedRejections.ratesNeedRows();
    }
    double[] differences = TableMetrics.valueDifferences(costs);
    int k = costs.classes();
    return table -> TableMetrics.weightedSum(table, differences, k);
  }
}
