package dev.modelgate.metrics.curve;

import java.util.Arrays;

/**
 * Computes the distinct thresholds of a scored binary data set, in decreasing order, with the
 * cumulative true and false positives at each.
 *
 * <p>The positives' and the negatives' scores are sorted separately as primitive arrays (together
 * about the cost of one sort of all scores), then merge-walked from the top; each distinct score
 * takes every row of that score at once, which is how scikit-learn's {@code _binary_clf_curve}
 * treats ties. Rows of weight 0 are dropped first, as scikit-learn drops them, so their scores are
 * not thresholds. Stateless and thread-safe.
 */
final class CurveSweep {

  private CurveSweep() {}

  /** The sweep of unweighted rows; {@code positive} and {@code scores} are equally long. */
  static ThresholdCurve unweighted(boolean[] positive, double[] scores) {
    int n = scores.length;
    double[] work = new double[n];
    int p = 0;
    int q = n;
    for (int i = 0; i < n; i++) {
      double s = scores[i];
      if (!Double.isFinite(s)) {
        throw CurveInput.notFiniteScore(i, s);
      }
      if (positive[i]) {
        work[p++] = s;
      } else {
        work[--q] = s;
      }
    }
    Arrays.sort(work, 0, p);
    Arrays.sort(work, p, n);
    double[] thresholds = new double[n];
    double[] tps = new double[n];
    double[] fps = new double[n];
    int i = p - 1;
    int j = n - 1;
    int k = 0;
    while (i >= 0 || j >= p) {
      double t = i < 0 ? work[j] : j < p ? work[i] : Math.max(work[i], work[j]);
      while (i >= 0 && work[i] == t) {
        i--;
      }
      while (j >= p && work[j] == t) {
        j--;
      }
      thresholds[k] = t + 0.0; // -0.0 and 0.0 are one threshold, reported as 0.0
      tps[k] = p - 1 - i;
      fps[k] = n - 1 - j;
      k++;
    }
    return ThresholdCurve.fromSweep(trim(thresholds, k), trim(tps, k), trim(fps, k), false);
  }

  /** The sweep of weighted rows; the three arrays are equally long. */
  static ThresholdCurve weighted(boolean[] positive, double[] scores, double[] weights) {
    int n = scores.length;
    double[] keys = new double[n];
    double[] values = new double[n];
    int p = 0;
    int q = n;
    for (int i = 0; i < n; i++) {
      double s = scores[i];
      if (!Double.isFinite(s)) {
        throw CurveInput.notFiniteScore(i, s);
      }
      double w = weights[i];
      if (!(w >= 0) || w == Double.POSITIVE_INFINITY) {
        throw CurveInput.notFiniteWeight(i, w);
      }
      if (w == 0) {
        continue;
      }
      if (positive[i]) {
        keys[p] = s;
        values[p++] = w;
      } else {
        keys[--q] = s;
        values[q] = w;
      }
    }
    if (p == 0 && q == n) {
      throw CurveInput.allWeightsZero();
    }
    PairSort.sort(keys, values, 0, p);
    PairSort.sort(keys, values, q, n);
    int m = p + n - q;
    double[] thresholds = new double[m];
    double[] tps = new double[m];
    double[] fps = new double[m];
    int i = p - 1;
    int j = n - 1;
    int k = 0;
    double tp = 0;
    double fp = 0;
    while (i >= 0 || j >= q) {
      double t = i < 0 ? keys[j] : j < q ? keys[i] : Math.max(keys[i], keys[j]);
      while (i >= 0 && keys[i] == t) {
        tp += values[i--];
      }
      while (j >= q && keys[j] == t) {
        fp += values[j--];
      }
      thresholds[k] = t + 0.0;
      tps[k] = tp;
      fps[k] = fp;
      k++;
    }
    return ThresholdCurve.fromSweep(trim(thresholds, k), trim(tps, k), trim(fps, k), true);
  }

  private static double[] trim(double[] values, int length) {
    return values.length == length ? values : Arrays.copyOf(values, length);
  }
}
