package dev.modelgate.metrics.curve;

import java.util.Arrays;

/**
 * Precision and recall at every distinct threshold, shaped exactly as scikit-learn 1.2.1's {@code
 * precision_recall_curve} returns them: thresholds increasing, {@code precision[i]} and {@code
 * recall[i]} for predicting positive every score ≥ {@code thresholds[i]}, and a last point
 * (precision 1, recall 0) with no threshold, so precision and recall have one more element than
 * thresholds. There is no truncation at full recall (scikit-learn removed it before 1.2).
 *
 * <p>As in scikit-learn, recall is 1 at every threshold when there are no positive rows. Immutable
 * and thread-safe: accessors return copies.
 */
public final class PrecisionRecallCurve {

  private final double[] precision;
  private final double[] recall;
  private final double[] thresholds;

  private PrecisionRecallCurve(double[] precision, double[] recall, double[] thresholds) {
    this.precision = precision;
    this.recall = recall;
    this.thresholds = thresholds;
  }

  /** The curve of thresholds and cumulative counts in decreasing threshold order. */
  static PrecisionRecallCurve of(double[] thresholds, double[] tps, double[] fps) {
    int k = thresholds.length;
    double positives = tps[k - 1];
    double[] precision = new double[k + 1];
    double[] recall = new double[k + 1];
    double[] increasing = new double[k];
    for (int i = 0; i < k; i++) {
      int r = k - 1 - i;
      double predicted = tps[i] + fps[i];
      precision[r] = predicted == 0 ? 0 : tps[i] / predicted;
      recall[r] = positives == 0 ? 1 : tps[i] / positives;
      increasing[r] = thresholds[i];
    }
    precision[k] = 1;
    recall[k] = 0;
    return new PrecisionRecallCurve(precision, recall, increasing);
  }

  /** Precision at each threshold, then 1. */
  public double[] precision() {
    return precision.clone();
  }

  /** Recall at each threshold (decreasing), then 0. */
  public double[] recall() {
    return recall.clone();
  }

  /** The distinct scores, increasing. */
  public double[] thresholds() {
    return thresholds.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrecisionRecallCurve other
        && Arrays.equals(precision, other.precision)
        && Arrays.equals(recall, other.recall)
        && Arrays.equals(thresholds, other.thresholds);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(precision) + Arrays.hashCode(recall))
        + Arrays.hashCode(thresholds);
  }

  @Override
  public String toString() {
    return "PrecisionRecallCurve[" + thresholds.length + " thresholds]";
  }
}
