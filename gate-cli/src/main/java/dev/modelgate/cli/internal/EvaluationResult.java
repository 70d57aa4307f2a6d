package dev.modelgate.cli.internal;

import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import dev.modelgate.metrics.Average;
import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.cost.NetBenefit;
import dev.modelgate.metrics.cost.ProductionVolume;
import dev.modelgate.metrics.curve.ThresholdCurve;
import dev.modelgate.metrics.testset.Fingerprint;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything one pass over a predictions file found: the confusion matrix and its metrics, net
 * benefit, the threshold curve of the scores and the test set's fingerprint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file's name, as the user wrote it
 * @param rows the number of data rows
 * @param positive the positive label; null when none was given
 * @param weighted whether rows carried sample weights
 * @param metrics the classification metrics, holding the confusion matrix (labels sorted as
 *     scikit-learn sorts them)
 * @param netBenefit net benefit on the test set; null without costs
 * @param costs the costs net benefit was computed from; null without costs
 * @param curve the threshold curve of the scores for the positive label; null without scores
 * @param fingerprint the test set's fingerprint over the rows' ids and true labels
 */
public record EvaluationResult(
    String file,
    long rows,
    @Nullable String positive,
    boolean weighted,
    ClassificationMetrics metrics,
    @Nullable NetBenefit netBenefit,
    @Nullable CostSpec costs,
    @Nullable ThresholdCurve curve,
    Fingerprint fingerprint) {

  /** Checks the parts. */
  public EvaluationResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** The confusion matrix, rows true and columns predicted. */
  public ConfusionMatrix matrix() {
    return metrics.matrix();
  }

  /** The labels in the order of the matrix's rows and columns. */
  public LabelDictionary labels() {
    return metrics.matrix().labels();
  }

  /** The class index of the positive label, or -1 when none was given. */
  public int positiveIndex() {
    return positive == null ? -1 : labels().indexOf(positive);
  }

  /**
   * The net benefit the gates use: scaled to the production volume when one is set, as on the test
   * set otherwise; null without costs.
   */
  public @Nullable BigDecimal netBenefitValue() {
    if (netBenefit == null || costs == null) {
      return null;
    }
    Long perRows = costs.perRows();
    return perRows == null
        ? netBenefit.total()
        : netBenefit.scaledTo(ProductionVolume.perMonth(perRows));
  }

  /**
   * This result as the gates' {@link Evaluation}, with the metrics {@code
   * dev.modelgate.core.Evaluator} computes for the positive label.
   *
   * @throws IllegalStateException if no positive label was given
   */
  public Evaluation toEvaluation() {
    int p = positiveIndex();
    if (p < 0) {
      throw new IllegalStateException("an evaluation for the gates needs a positive label");
    }
    Map<Metric, MetricValue> values = new LinkedHashMap<>();
    values.put(Metrics.ACCURACY, MetricValue.of(metrics.accuracy()));
    values.put(Metrics.ERROR_RATE, MetricValue.of(1.0 - metrics.accuracy()));
    values.put(Metrics.BALANCED_ACCURACY, MetricValue.of(metrics.balancedAccuracy()));
    values.put(Metrics.PRECISION, MetricValue.of(metrics.precision(p)));
    values.put(Metrics.RECALL, MetricValue.of(metrics.recall(p)));
    values.put(Metrics.F1, MetricValue.of(metrics.f1(p)));
    values.put(Metrics.F1_MACRO, MetricValue.of(metrics.f1(Average.MACRO)));
    values.put(Metrics.F1_WEIGHTED, MetricValue.of(metrics.f1(Average.WEIGHTED)));
    values.put(Metrics.MCC, MetricValue.of(metrics.matthewsCorrelation()));
    BigDecimal money = netBenefitValue();
    if (money != null) {
      values.put(Metrics.NET_BENEFIT, MetricValue.of(money));
    }
    if (curve != null) {
      values.put(Metrics.ROC_AUC, MetricValue.of(curve.rocAuc()));
      values.put(Metrics.AVERAGE_PRECISION, MetricValue.of(curve.averagePrecision()));
    }
    return new Evaluation(fingerprint.toString(), rows, values);
  }
}
