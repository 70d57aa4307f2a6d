package dev.modelgate.metrics.curve;

/**
 * The areas under a threshold curve: ROC AUC by the trapezoid rule, as scikit-learn's {@code
 * roc_auc_score}, and average precision by the step rule Σ (R<sub>n</sub> − R<sub>n−1</sub>)
 * P<sub>n</sub>, as {@code average_precision_score}. Stateless and thread-safe.
 */
final class CurveAreas {

  private CurveAreas() {}

  /**
   * The area under the ROC curve, {@code NaN} without positives or without negatives.
   *
   * <p>Unweighted, the trapezoid sum Σ ΔFP·(TP + TP<sub>previous</sub>) is an integer, twice the
   * Mann-Whitney U, summed exactly in a {@code long} (it is at most 2·P·N < 2<sup>62</sup>), so
   * the result is U / (P·N) rounded once.
   */
  static double rocAuc(double[] tps, double[] fps, boolean weighted) {
    int k = tps.length;
    double positives = tps[k - 1];
    double negatives = fps[k - 1];
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    if (!weighted) {
      long twiceU = 0;
      long previousTp = 0;
      long previousFp = 0;
      for (int i = 0; i < k; i++) {
        long tp = (long) tps[i];
        long fp = (long) fps[i];
        twiceU += (fp - previousFp) * (tp + previousTp);
        previousTp = tp;
        previousFp = fp;
      }
      return twiceU / (2.0 * positives * negatives);
    }
    double area = 0;
    double previousTpr = 0;
    double previousFpr = 0;
    for (int i = 0; i < k; i++) {
      double tpr = tps[i] / positives;
      double fpr = fps[i] / negatives;
      area += (fpr - previousFpr) * (tpr + previousTpr);
      previousTpr = tpr;
      previousFpr = fpr;
    }
    return area / 2;
  }

  /**
   * Average precision Σ (R<sub>n</sub> − R<sub>n−1</sub>) P<sub>n</sub> over thresholds in
   * decreasing order, computed as Σ ΔTP<sub>n</sub>·P<sub>n</sub> / positives; {@code NaN} without
   * positives.
   */
  static double averagePrecision(double[] tps, double[] fps) {
    int k = tps.length;
    double positives = tps[k - 1];
    if (positives == 0) {
      return Double.NaN;
    }
    double sum = 0;
    double previousTp = 0;
    for (int i = 0; i < k; i++) {
      double tp = tps[i];
      sum += (tp - previousTp) * (tp / (tp + fps[i])); // TP + FP > 0: a threshold is a row's score
      previousTp = tp;
    }
    return sum / positives;
  }
}
