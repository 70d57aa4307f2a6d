package dev.modelgate.core;

import dev.modelgate.metrics.Average;
import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.ZeroDivision;
import dev.modelgate.metrics.cost.CostMatrix;
import dev.modelgate.metrics.cost.NetBenefit;
import dev.modelgate.metrics.cost.ProductionVolume;
import dev.modelgate.metrics.curve.ThresholdCurve;
import dev.modelgate.metrics.testset.Fingerprint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns one model's {@link Predictions} on a test set into an {@link Evaluation}: the well-known
 * {@link Metrics} of the positive label, net benefit from the cost model, ROC AUC and average
 * precision when the predictions carry scores (for the positive label), and the test set's
 * fingerprint over the rows' ids and true labels.
 *
 * <p>Labels are the sorted union of the observed true and predicted labels and the positive label,
 * as scikit-learn orders them. Ratios that are 0/0 are undefined ({@link ZeroDivision#NAN}) by
 * default, so a gate fails closed on them; {@link #withZeroDivision} chooses scikit-learn's 0 or 1
 * instead. Immutable and thread-safe.
 *
 * <p>Example: {@code Evaluator.forPolicy(policy).evaluate(predictions)}.
 */
public final class Evaluator {

  private final String positiveLabel;
  private final @Nullable CostModel costs;
  private final ZeroDivision zeroDivision;

  private Evaluator(String positiveLabel, @Nullable CostModel costs, ZeroDivision zeroDivision) {
    this.positiveLabel = positiveLabel;
    this.costs = costs;
    this.zeroDivision = zeroDivision;
  }

  /**
   * An evaluator of binary metrics for {@code positiveLabel}, without net benefit.
   *
   * @throws IllegalArgumentException if the label is blank
   */
  public static Evaluator binary(String positiveLabel) {
    Objects.requireNonNull(positiveLabel, "positiveLabel");
    if (positiveLabel.isBlank()) {
      throw new IllegalArgumentException("positiveLabel must not be blank");
    }
    return new Evaluator(positiveLabel, null, ZeroDivision.NAN);
  }

  /** An evaluator with the cost model's positive label and net benefit. */
  public static Evaluator withCosts(CostModel costs) {
    Objects.requireNonNull(costs, "costs");
    return new Evaluator(costs.positiveLabel(), costs, ZeroDivision.NAN);
  }

  /**
   * The evaluator a policy's gates need: net benefit from the policy's costs.
   *
   * @throws IllegalArgumentException if the policy declares no costs, and so no positive label
   */
  public static Evaluator forPolicy(QualityPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    CostModel model = policy.costs();
    if (model == null) {
      throw new IllegalArgumentException(
          "policy " + policy.name() + " declares no costs: use Evaluator.binary(positiveLabel)");
    }
    return withCosts(model);
  }

  /** This evaluator with another policy for 0/0 ratios. */
  public Evaluator withZeroDivision(ZeroDivision policy) {
    return new Evaluator(positiveLabel, costs, Objects.requireNonNull(policy, "zeroDivision"));
  }

  /** Evaluates {@code predictions}. */
  public Evaluation evaluate(Predictions predictions) {
    Objects.requireNonNull(predictions, "predictions");
    String[] truth = predictions.truth();
    String[] predicted = predictions.predicted();
    LabelDictionary labels = labels(truth, predicted);
    double[] weights = predictions.weights();
    ConfusionMatrix matrix =
        weights == null
            ? ConfusionMatrix.ofLabels(labels, truth, predicted)
            : ConfusionMatrix.ofLabels(labels, truth, predicted, weights);
    Map<Metric, MetricValue> values = classification(matrix, labels.indexOf(positiveLabel));
    if (costs != null) {
      values.put(Metrics.NET_BENEFIT, MetricValue.of(netBenefit(matrix, labels, costs)));
    }
    double[] scores = predictions.scores();
    if (scores != null) {
      ThresholdCurve curve = curve(truth, scores, weights);
      values.put(Metrics.ROC_AUC, MetricValue.of(curve.rocAuc()));
      values.put(Metrics.AVERAGE_PRECISION, MetricValue.of(curve.averagePrecision()));
    }
    Fingerprint fingerprint = Fingerprint.of(predictions.rowIds(), truth);
    return new Evaluation(fingerprint.toString(), predictions.rows(), values);
  }

  private ThresholdCurve curve(String[] truth, double[] scores, double @Nullable [] weights) {
    boolean[] positive = new boolean[truth.length];
    for (int i = 0; i < truth.length; i++) {
      positive[i] = truth[i].equals(positiveLabel);
    }
    return weights == null
        ? ThresholdCurve.of(positive, scores)
        : ThresholdCurve.of(positive, scores, weights);
  }

  private LabelDictionary labels(String[] truth, String[] predicted) {
    List<String> all = new ArrayList<>(truth.length + predicted.length + 1);
    all.addAll(List.of(truth));
    all.addAll(List.of(predicted));
    all.add(positiveLabel);
    return LabelDictionary.sorted(all);
  }

  private Map<Metric, MetricValue> classification(ConfusionMatrix matrix, int positive) {
    ClassificationMetrics m = ClassificationMetrics.of(matrix, zeroDivision);
    Map<Metric, MetricValue> values = new LinkedHashMap<>();
    values.put(Metrics.ACCURACY, MetricValue.of(m.accuracy()));
    values.put(Metrics.ERROR_RATE, MetricValue.of(1.0 - m.accuracy()));
    values.put(Metrics.BALANCED_ACCURACY, MetricValue.of(m.balancedAccuracy()));
    values.put(Metrics.PRECISION, MetricValue.of(m.precision(positive)));
    values.put(Metrics.RECALL, MetricValue.of(m.recall(positive)));
    values.put(Metrics.F1, MetricValue.of(m.f1(positive)));
    values.put(Metrics.F1_MACRO, MetricValue.of(m.f1(Average.MACRO)));
    values.put(Metrics.F1_WEIGHTED, MetricValue.of(m.f1(Average.WEIGHTED)));
    values.put(Metrics.MCC, MetricValue.of(m.matthewsCorrelation()));
    return values;
  }

  private static BigDecimal netBenefit(
      ConfusionMatrix matrix, LabelDictionary labels, CostModel costs) {
    CostMatrix costMatrix = CostMatrix.binary(costs.costs(), labels, costs.positiveLabel());
    NetBenefit benefit = NetBenefit.of(matrix, costMatrix);
    Long perRows = costs.perRows();
    // The period only names the volume; scaling uses its row count alone.
    return perRows == null ? benefit.total() : benefit.scaledTo(ProductionVolume.perMonth(perRows));
  }
}
