package dev.modelgate.metrics.curve;

import java.util.Arrays;

/**
 * Computes the distinct thresholds of a scored binary data set, in decreasing order, with the
 * cumulative true and false positives at each.
 *
 * <p>The positives' and the negatives' scores are sorted separately, as order-preserving {@code
 * long} keys by {@link RadixSort}, laid out as {@code [sentinel | positives ascending | sentinel |
 * negatives ascending]}, then merged from the top one row per step. A step whose score equals the
 * previous step's overwrites that step's entry, so every distinct score ends with the counts after
 * all of its rows: how scikit-learn's {@code _binary_clf_curve} treats ties. The partition and the
 * merge avoid data-dependent branches, which random labels would mispredict. {@code -0.0} counts
 * as {@code 0.0}. Rows of weight 0 are dropped first, as scikit-learn drops them, so their scores
 * are not thresholds. Stateless and thread-safe.
 */
final class CurveSweep {

  /** Below every key of a finite score. */
  private static final long SENTINEL = Long.MIN_VALUE;

  private CurveSweep() {}

  /** The sweep of unweighted rows; {@code positive} and {@code scores} are equally long. */
  static ThresholdCurve unweighted(boolean[] positive, double[] scores) {
    int n = scores.length;
    long[] work = new long[n + 2];
    int lo = 1;
    int hi = n + 1;
    for (int r = 0; r < n; r++) {
      double s = scores[r];
      if (!Double.isFinite(s)) {
        throw CurveInput.notFiniteScore(r, s);
      }
      long key = RadixSort.key(s + 0.0); // + 0.0 turns -0.0 into 0.0
      int isPositive = positive[r] ? 1 : 0;
      work[lo] = key; // written at both free ends, kept at one: no branch on the label
      work[hi] = key;
      lo += isPositive;
      hi -= 1 - isPositive;
    }
    work[0] = SENTINEL;
    work[lo] = SENTINEL;
    long[] scratch = new long[n + 2];
    RadixSort.sort(work, scratch, 1, lo);
    RadixSort.sort(work, scratch, lo + 1, n + 2);

    double[] thresholds = new double[n];
    double[] tps = new double[n];
    double[] fps = new double[n];
    int i = lo - 1;
    int j = n + 1;
    long tp = 0;
    int k = 0;
    long previous = SENTINEL;
    for (int step = 1; step <= n; step++) {
      long a = work[i];
      long b = work[j];
      int takePositive = a >= b ? 1 : 0;
      long t = takePositive == 1 ? a : b;
      i -= takePositive;
      j -= 1 - takePositive;
      tp += takePositive;
      k -= t == previous ? 1 : 0;
      thresholds[k] = RadixSort.score(t);
      tps[k] = tp;
      fps[k] = step - tp;
      k++;
      previous = t;
    }
    return ThresholdCurve.fromSweep(trim(thresholds, k), trim(tps, k), trim(fps, k), false);
  }

  /** The sweep of weighted rows; the three arrays are equally long. */
  static ThresholdCurve weighted(boolean[] positive, double[] scores, double[] weights) {
    int n = scores.length;
    long[] keys = new long[n + 2];
    double[] values = new double[n + 2];
    int lo = 1;
    int hi = n + 1;
    for (int r = 0; r < n; r++) {
      double s = scores[r];
      if (!Double.isFinite(s)) {
        throw CurveInput.notFiniteScore(r, s);
      }
      double w = weights[r];
      if (!(w >= 0) || w == Double.POSITIVE_INFINITY) {
        throw CurveInput.notFiniteWeight(r, w);
      }
      long key = RadixSort.key(s + 0.0);
      int kept = w == 0 ? 0 : 1;
      int isPositive = positive[r] ? kept : 0;
      keys[lo] = key;
      values[lo] = w;
      keys[hi] = key;
      values[hi] = w;
      lo += isPositive;
      hi -= kept - isPositive;
    }
    int rows = lo - 1 + n + 1 - hi;
    if (rows == 0) {
      throw CurveInput.allWeightsZero();
    }
    keys[0] = SENTINEL;
    keys[hi] = SENTINEL;
    long[] keyScratch = new long[n + 2];
    double[] valueScratch = new double[n + 2];
    RadixSort.sort(keys, values, keyScratch, valueScratch, 1, lo);
    RadixSort.sort(keys, values, keyScratch, valueScratch, hi + 1, n + 2);

    double[] thresholds = new double[rows];
    double[] tps = new double[rows];
    double[] fps = new double[rows];
    int i = lo - 1;
    int j = n + 1;
    double tp = 0;
    double fp = 0;
    int k = 0;
    long previous = SENTINEL;
    for (int step = 0; step < rows; step++) {
      long a = keys[i];
      long b = keys[j];
      boolean takePositive = a >= b;
      long t = takePositive ? a : b;
      double w = takePositive ? values[i] : values[j];
      tp += takePositive ? w : 0;
      fp += takePositive ? 0 : w;
      i -= takePositive ? 1 : 0;
      j -= takePositive ? 0 : 1;
      k -= t == previous ? 1 : 0;
      thresholds[k] = RadixSort.score(t);
      tps[k] = tp;
      fps[k] = fp;
      k++;
      previous = t;
    }
    return ThresholdCurve.fromSweep(trim(thresholds, k), trim(tps, k), trim(fps, k), true);
  }

  private static double[] trim(double[] values, int length) {
    return values.length == length ? values : Arrays.copyOf(values, length);
  }
}
