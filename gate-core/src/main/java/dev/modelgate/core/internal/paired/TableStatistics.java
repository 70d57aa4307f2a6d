package dev.modelgate.core.internal.paired;

import dev.modelgate.core.CostModel;
import dev.modelgate.core.Metric;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.PairedEvidence;
import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.cost.CostMatrix;
import dev.modelgate.metrics.paired.PairedStatistic;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The metrics of the paired metrics set as functions of a confusion matrix or a joint table,
 * computed as {@code Evaluator} computes them (the evidence's positive label and 0/0 policy, net
 * benefit scaled to the cost model's volume), so that the estimate of an interval is the
 * evaluation's value. Immutable and thread-safe.
 */
final class TableStatistics {

  private final PairedEvidence evidence;
  private final int positive;

  TableStatistics(PairedEvidence evidence) {
    this.evidence = evidence;
    this.positive = evidence.positiveClass();
  }

  /** The index of the positive class in the table's labels. */
  int positive() {
    return positive;
  }

  /** {@code metric} of one model's confusion matrix; null when the metric has no interval here. */
  @Nullable ToDoubleFunction<ConfusionMatrix> of(Metric metric) {
    if (metric.equals(Metrics.NET_BENEFIT)) {
      CostMatrix costs = evidence.costMatrix();
      return costs == null ? null : netBenefit(costs);
    }
    return ratio(metric);
  }

  /** candidate − champion of {@code metric}; null when the metric has no interval here. */
  @Nullable PairedStatistic difference(Metric metric) {
    if (metric.equals(Metrics.NET_BENEFIT)) {
      CostMatrix costs = evidence.costMatrix();
      if (costs == null) {
        return null;
      }
      PairedStatistic total = PairedStatistic.netBenefitDifference(costs);
      double scale = scale();
      return table -> total.of(table) * scale;
    }
    ToDoubleFunction<ConfusionMatrix> metricOf = ratio(metric);
    return metricOf == null ? null : PairedStatistic.difference(metricOf);
  }

  private @Nullable ToDoubleFunction<ConfusionMatrix> ratio(Metric metric) {
    if (metric.equals(Metrics.ACCURACY)) {
      return m -> metrics(m).accuracy();
    }
    if (metric.equals(Metrics.ERROR_RATE)) {
      return m -> 1.0 - metrics(m).accuracy();
    }
    if (metric.equals(Metrics.PRECISION)) {
      return m -> metrics(m).precision(positive);
    }
    if (metric.equals(Metrics.RECALL)) {
      return m -> metrics(m).recall(positive);
    }
    if (metric.equals(Metrics.F1)) {
      return m -> metrics(m).f1(positive);
    }
    return null;
  }

  private ClassificationMetrics metrics(ConfusionMatrix matrix) {
    return ClassificationMetrics.of(matrix, evidence.zeroDivision());
  }

  /** Σ count × value over the matrix's cells, scaled to the volume: the evaluation's net benefit. */
  private ToDoubleFunction<ConfusionMatrix> netBenefit(CostMatrix costs) {
    int k = costs.classes();
    double[][] values = new double[k][k];
    for (int t = 0; t < k; t++) {
      for (int p = 0; p < k; p++) {
        values[t][p] = costs.value(t, p).doubleValue();
      }
    }
    double scale = scale();
    return m -> {
      double sum = 0;
      for (int t = 0; t < k; t++) {
        for (int p = 0; p < k; p++) {
          sum += m.count(t, p) * values[t][p];
        }
      }
      return sum * scale;
    };
  }

  /** perRows / n when net benefit is scaled to a production volume, else 1. */
  private double scale() {
    CostModel costs = Objects.requireNonNull(evidence.costs());
    Long perRows = costs.perRows();
    return perRows == null ? 1.0 : (double) perRows / evidence.rows();
  }
}
