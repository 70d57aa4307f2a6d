package dev.modelgate.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.metrics.Average;
import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.cost.BinaryCosts;
import dev.modelgate.metrics.curve.ThresholdCurve;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * The JSON object {@code gate evaluate --format json} prints. Keys, in order: {@code file}, {@code
 * rows}, {@code labels} (the label order used), {@code positive} (when given), {@code weighted},
 * {@code zeroDivision}, {@code confusionMatrix} (rows true, columns predicted), {@code support}
 * (true rows per label), {@code accuracy}, {@code balancedAccuracy}, {@code mcc}, {@code
 * precision}, {@code recall} and {@code f1} (each {@code binary} when a positive label is given,
 * {@code micro}, {@code macro}, {@code weighted}, {@code perClass} keyed by label), {@code
 * netBenefit} and {@code costs} (with costs), {@code rocAuc} and {@code averagePrecision} (with
 * scores), {@code testSetFingerprint}. Undefined values are {@code "NaN"}.
 *
 * <p>Stateless and thread-safe.
 */
public final class EvaluationJson {

  private EvaluationJson() {}

  /** The JSON object of {@code result}. */
  public static ObjectNode of(EvaluationResult result) {
    ClassificationMetrics m = result.metrics();
    LabelDictionary labels = result.labels();
    ObjectNode json = Json.object();
    json.put("file", result.file());
    json.put("rows", result.rows());
    ArrayNode names = json.putArray("labels");
    labels.labels().forEach(names::add);
    if (result.positive() != null) {
      json.put("positive", result.positive());
    }
    json.put("weighted", result.weighted());
    json.put("zeroDivision", m.zeroDivision().name().toLowerCase(Locale.ROOT));
    json.set("confusionMatrix", matrix(result.matrix()));
    ObjectNode support = json.putObject("support");
    for (int c = 0; c < labels.size(); c++) {
      putCount(support, labels.label(c), result.matrix().actual(c), result.weighted());
    }
    Json.putMetric(json, "accuracy", m.accuracy());
    Json.putMetric(json, "balancedAccuracy", m.balancedAccuracy());
    Json.putMetric(json, "mcc", m.matthewsCorrelation());
    json.set("precision", averages(result, m::precision, m::precision, m.precisionPerClass()));
    json.set("recall", averages(result, m::recall, m::recall, m.recallPerClass()));
    json.set("f1", averages(result, m::f1, m::f1, m.f1PerClass()));
    BigDecimal netBenefit = result.netBenefitValue();
    if (netBenefit != null && result.costs() != null && result.netBenefit() != null) {
      Json.putDecimal(json, "netBenefit", netBenefit);
      json.set("costs", costs(result.costs(), result.netBenefit().total()));
    }
    ThresholdCurve curve = result.curve();
    if (curve != null) {
      Json.putMetric(json, "rocAuc", curve.rocAuc());
      Json.putMetric(json, "averagePrecision", curve.averagePrecision());
    }
    json.put("testSetFingerprint", result.fingerprint().toString());
    return json;
  }

  private static ArrayNode matrix(ConfusionMatrix matrix) {
    ArrayNode rows = Json.object().arrayNode();
    for (int t = 0; t < matrix.classes(); t++) {
      ArrayNode row = rows.addArray();
      for (int p = 0; p < matrix.classes(); p++) {
        double cell = matrix.count(t, p);
        if (cell == Math.rint(cell) && Math.abs(cell) < 0x1p53) {
          row.add((long) cell);
        } else {
          row.add(cell);
        }
      }
    }
    return rows;
  }

  private static void putCount(ObjectNode node, String key, double value, boolean weighted) {
    if (weighted) {
      node.put(key, value);
    } else {
      node.put(key, (long) value);
    }
  }

  private static ObjectNode averages(
      EvaluationResult result,
      IntToDoubleFunction binary,
      ToDoubleFunction<Average> average,
      double[] perClass) {
    ObjectNode node = Json.object();
    if (result.positiveIndex() >= 0) {
      Json.putMetric(node, "binary", binary.applyAsDouble(result.positiveIndex()));
    }
    Json.putMetric(node, "micro", average.applyAsDouble(Average.MICRO));
    Json.putMetric(node, "macro", average.applyAsDouble(Average.MACRO));
    Json.putMetric(node, "weighted", average.applyAsDouble(Average.WEIGHTED));
    ObjectNode classes = node.putObject("perClass");
    for (int c = 0; c < perClass.length; c++) {
      Json.putMetric(classes, result.labels().label(c), perClass[c]);
    }
    return node;
  }

  private static ObjectNode costs(CostSpec costs, BigDecimal total) {
    ObjectNode node = Json.object();
    node.set("values", outcomes(costs.values()));
    if (costs.rates() != null) {
      node.set("rates", outcomes(costs.rates()));
    }
    node.put("currency", costs.currency().getCurrencyCode());
    if (costs.perRows() != null) {
      node.put("perRows", costs.perRows());
    }
    Json.putDecimal(node, "onTestSet", total);
    return node;
  }

  private static ObjectNode outcomes(BinaryCosts values) {
    ObjectNode node = Json.object();
    Json.putDecimal(node, "tp", values.tp());
    Json.putDecimal(node, "fp", values.fp());
    Json.putDecimal(node, "fn", values.fn());
    Json.putDecimal(node, "tn", values.tn());
    return node;
  }
}
