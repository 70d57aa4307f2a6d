package dev.modelgate.metrics.curve;

import dev.modelgate.metrics.ZeroDivision;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome counts of predicting positive every row whose score is at least {@code threshold}:
 * one point of a {@link ThresholdCurve}.
 *
 * <p>Counts are numbers of rows, or sums of row weights when the curve was built with weights.
 * Unweighted counts are exact integers (up to 2<sup>53</sup> rows), so {@link
 * #netBenefit(BinaryCosts)} is then exact. Immutable and thread-safe.
 *
 * @param threshold the score at and above which a row is predicted positive
 * @param truePositives positive rows predicted positive
 * @param falsePositives negative rows predicted positive
 * @param falseNegatives positive rows predicted negative
 * @param trueNegatives negative rows predicted negative
 * @param zeroDivision the value of precision, recall and F1 when their denominator is 0
 */
public record OperatingPoint(
    double threshold,
    double truePositives,
    double falsePositives,
    double falseNegatives,
    double trueNegatives,
    ZeroDivision zeroDivision) {

  private static final LabelDictionary BINARY = LabelDictionary.of("negative", "positive");

  /** Checks that the zero-division policy is given. */
  public OperatingPoint {
    Objects.requireNonNull(zeroDivision, "zeroDivision");
  }

  /** These counts at another threshold that predicts the same rows positive. */
  public OperatingPoint withThreshold(double other) {
    return new OperatingPoint(
        other, truePositives, falsePositives, falseNegatives, trueNegatives, zeroDivision);
  }

  /** TP / (TP + FP), or the zero-division value when nothing is predicted positive. */
  public double precision() {
    return zeroDivision.divide(truePositives, truePositives + falsePositives);
  }

  /** TP / (TP + FN), or the zero-division value when there are no positive rows. */
  public double recall() {
    return zeroDivision.divide(truePositives, truePositives + falseNegatives);
  }

  /** 2·TP / (2·TP + FP + FN), or the zero-division value when every row is a true negative. */
  public double f1() {
    double twiceTp = 2 * truePositives;
    return zeroDivision.divide(twiceTp, twiceTp + falsePositives + falseNegatives);
  }

  /** TP / (TP + FN), or {@code NaN} when there are no positive rows (as {@code roc_curve}). */
  public double truePositiveRate() {
    double positives = truePositives + falseNegatives;
    return positives == 0 ? Double.NaN : truePositives / positives;
  }

  /** FP / (FP + TN), or {@code NaN} when there are no negative rows (as {@code roc_curve}). */
  public double falsePositiveRate() {
    double negatives = falsePositives + trueNegatives;
    return negatives == 0 ? Double.NaN : falsePositives / negatives;
  }

  /**
   * The net benefit TP·tp + FP·fp + FN·fn + TN·tn of these outcomes, in exact decimal arithmetic
   * on the counts as stored (exact integers when unweighted, the double weight sums otherwise).
   */
  public BigDecimal netBenefit(BinaryCosts costs) {
    Objects.requireNonNull(costs, "costs");
    return new BigDecimal(truePositives).multiply(costs.tp())
        .add(new BigDecimal(falsePositives).multiply(costs.fp()))
        .add(new BigDecimal(falseNegatives).multiply(costs.fn()))
        .add(new BigDecimal(trueNegatives).multiply(costs.tn()));
  }

  /**
   * These counts as a binary confusion matrix with labels {@code "negative"} (index 0) and {@code
   * "positive"} (index 1).
   */
  public ConfusionMatrix toConfusionMatrix() {
    return ConfusionMatrix.ofCounts(
        BINARY,
        new double[][] {{trueNegatives, falsePositives}, {falseNegatives, truePositives}});
  }
}
