package dev.modelgate.core;

import dev.modelgate.core.internal.paired.PairedRows;
import dev.modelgate.core.internal.reason.PairedReason;
import dev.modelgate.metrics.Average;
import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.ZeroDivision;
import dev.modelgate.metrics.cost.CostMatrix;
import dev.modelgate.metrics.cost.NetBenefit;
import dev.modelgate.metrics.cost.ProductionVolume;
import dev.modelgate.metrics.curve.ThresholdCurve;
import dev.modelgate.metrics.paired.JointTable;
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
 * <p>Example: {@code Evaluator.forPolicy(policy).evaluate(predictions)}; for champion and
 * candidate scored on the same rows, {@code evaluatePaired(champion, candidate)} also gives the
 * paired evidence that confidence intervals and {@code withConfidence(0.95)} need.
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

  /**
   * Evaluates champion and candidate scored on the same rows, and gives the paired evidence of the
   * two: their joint table, with the rows matched by id (the two may list them in different
   * orders). Each evaluation is exactly what {@link #evaluate} gives.
   *
   * <p>Example: 200 rows, the champion right on 170 and the candidate on 175, 12 rows only the
   * champion gets right and 17 only the candidate: the evidence's table has {@code championOnly()
   * = 12} and {@code candidateOnly() = 17}, and a verdict on it shows intervals for both models and
   * for the improvement.
   *
   * @throws DifferentTestSetsException if the two are not of one test set (other row ids or true
   *     labels)
   * @throws IllegalArgumentException if either has weights: the evidence counts rows, and a
   *     bootstrap of weighted rows would not match the weighted metrics
   */
  public PairedEvaluation evaluatePaired(Predictions champion, Predictions candidate) {
    Objects.requireNonNull(champion, "champion");
    Objects.requireNonNull(candidate, "candidate");
    if (champion.weights() != null) {
      throw new IllegalArgumentException(PairedReason.weighted("champion"));
    }
    if (candidate.weights() != null) {
      throw new IllegalArgumentException(PairedReason.weighted("candidate"));
    }
    Evaluation championEvaluation = evaluate(champion);
    Evaluation candidateEvaluation = evaluate(candidate);
    if (!championEvaluation.sameTestSet(candidateEvaluation)) {
      throw new DifferentTestSetsException(
          championEvaluation.testSetFingerprint(), candidateEvaluation.testSetFingerprint());
    }
    String[] truth = candidate.truth();
    String[] championPredicted = champion.predicted();
    String[] candidatePredicted = candidate.predicted();
    LabelDictionary labels = labels(truth, championPredicted, candidatePredicted);
    JointTable table =
        PairedRows.table(labels, champion.rowIds(), championPredicted, candidate.rowIds(), truth, candidatePredicted);
    PairedEvidence evidence =
        PairedEvidence.of(candidateEvaluation.testSetFingerprint(), table, positiveLabel, costs, zeroDivision);
    return new PairedEvaluation(championEvaluation, candidateEvaluation, evidence);
  }

  /**
   * Evaluates one model's {@code predictions}, and gives the evidence behind the evaluation: the
   * joint table of the model against itself, whose margins are its confusion matrix. The
   * evaluation is exactly what {@link #evaluate} gives; with the evidence a registration verdict
   * shows the confidence intervals of the model's metrics.
   *
   * <p>Example: 200 rows, 170 right: {@code gate.registration(evaluator.evaluateWithEvidence(p)
   * .candidate("credit-risk")).intervals()} holds accuracy 0.85 [0.7939…, 0.8929…] (Wilson, 95%).
   *
   * @throws IllegalArgumentException if the predictions have weights: the evidence counts rows, and
   *     a bootstrap of weighted rows would not match the weighted metrics
   */
  public SingleEvaluation evaluateWithEvidence(Predictions predictions) {
    Objects.requireNonNull(predictions, "predictions");
    if (predictions.weights() != null) {
      throw new IllegalArgumentException(PairedReason.weighted("model"));
    }
    Evaluation evaluation = evaluate(predictions);
    String[] truth = predictions.truth();
    String[] predicted = predictions.predicted();
    LabelDictionary labels = labels(truth, predicted);
    int[] encoded = labels.encode(predicted, "predicted");
    JointTable table = JointTable.of(labels, labels.encode(truth, "truth"), encoded, encoded);
    PairedEvidence evidence = PairedEvidence.of(evaluation.testSetFingerprint(), table, positiveLabel, costs, zeroDivision);
    return new SingleEvaluation(evaluation, evidence);
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

  /** The sorted union of the labels in {@code columns} and the positive label. */
  private LabelDictionary labels(String[]... columns) {
    List<String> all = new ArrayList<>();
    for (String[] column : columns) {
      all.addAll(List.of(column));
    }
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
