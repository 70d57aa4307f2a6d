package dev.modelgate.metrics.curve;

import java.util.Arrays;

/**
 * The receiver operating characteristic at every distinct threshold, shaped as scikit-learn's
 * {@code roc_curve(drop_intermediate=False)} returns it: thresholds decreasing, {@code fpr[i]}
 * and {@code tpr[i]} for predicting positive every score ≥ {@code thresholds[i]}, preceded by the
 * point (0, 0) at a threshold that predicts nothing positive.
 *
 * <p>That first threshold is {@link Double#POSITIVE_INFINITY}, as in scikit-learn 1.3 and later.
 * scikit-learn 1.2.1 puts {@code max(score) + 1} there instead, which for scores of magnitude
 * 2<sup>53</sup> or more rounds back to the top score and then does predict its rows positive.
 * Every other element equals 1.2.1's. As in scikit-learn, {@code fpr} is all {@code NaN} when
 * there are no negative rows and {@code tpr} all {@code NaN} when there are no positive rows.
 *
 * <p>Immutable and thread-safe: accessors return copies.
 */
public final class RocCurve {

  private final double[] fpr;
  private final double[] tpr;
  private final double[] thresholds;

  private RocCurve(double[] fpr, double[] tpr, double[] thresholds) {
    this.fpr = fpr;
    this.tpr = tpr;
    this.thresholds = thresholds;
  }

  /** The curve of thresholds and cumulative counts in decreasing threshold order. */
  static RocCurve of(double[] thresholds, double[] tps, double[] fps) {
    int k = thresholds.length;
    double positives = tps[k - 1];
    double negatives = fps[k - 1];
    double[] fpr = new double[k + 1];
    double[] tpr = new double[k + 1];
    double[] withStart = new double[k + 1];
    withStart[0] = Double.POSITIVE_INFINITY;
    System.arraycopy(thresholds, 0, withStart, 1, k);
    for (int i = 0; i < k; i++) {
      fpr[i + 1] = fps[i] / negatives;
      tpr[i + 1] = tps[i] / positives;
    }
    if (negatives == 0) {
      Arrays.fill(fpr, Double.NaN);
    }
    if (positives == 0) {
      Arrays.fill(tpr, Double.NaN);
    }
    return new RocCurve(fpr, tpr, withStart);
  }

  /** False positive rates, increasing from 0. */
  public double[] fpr() {
    return fpr.clone();
  }

  /** True positive rates, increasing from 0. */
  public double[] tpr() {
    return tpr.clone();
  }

  /** {@code +∞}, then the distinct scores, decreasing. */
  public double[] thresholds() {
    return thresholds.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RocCurve other
        && Arrays.equals(fpr, other.fpr)
        && Arrays.equals(tpr, other.tpr)
        && Arrays.equals(thresholds, other.thresholds);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(fpr) + Arrays.hashCode(tpr)) + Arrays.hashCode(thresholds);
  }

  @Override
  public String toString() {
    return "RocCurve[" + (thresholds.length - 1) + " thresholds and +Infinity]";
  }
}
