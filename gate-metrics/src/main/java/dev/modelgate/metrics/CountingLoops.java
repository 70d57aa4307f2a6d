package dev.modelgate.metrics;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The loops that count rows of class indices into the cells of a confusion matrix: the hot path of
 * {@link ConfusionAccumulator}.
 *
 * <p>Each loop validates and counts in one pass and either commits every row of its range or
 * leaves the counts as they were and returns {@code false}; the caller then finds the first bad row
 * for the message with {@link #firstInvalid}. Stateless and thread-safe; the arrays passed in are
 * the caller's to guard.
 */
final class CountingLoops {

  private CountingLoops() {}

  /**
   * Two classes: the four cells follow from Σt, Σp and Σ(t & p), and one OR of all values shows
   * whether any value is outside {0, 1}. Four independent sums with no stores: the loop runs at the
   * speed of reading the two arrays.
   */
  static boolean addBinary(int[] truth, int[] predicted, int from, int to, long[] counts) {
    int positives = 0;
    int predictedPositives = 0;
    int truePositives = 0;
    int bits = 0;
    for (int i = from; i < to; i++) {
      int t = truth[i];
      int p = predicted[i];
      positives += t;
      predictedPositives += p;
      truePositives += t & p;
      bits |= t | p;
    }
    if ((bits & ~1) != 0) {
      return false;
    }
    long rows = (long) to - from;
    counts[0] += rows - positives - predictedPositives + truePositives;
    counts[1] += predictedPositives - truePositives;
    counts[2] += positives - truePositives;
    counts[3] += truePositives;
    return true;
  }

  /**
   * Any number of classes: counts straight into {@code counts}, and on a bad row takes back the rows
   * counted so far, which restores the counts exactly because they are integers. Used when the
   * range is short against K², where clearing scratch histograms would cost more than the rows.
   */
  static boolean addDirect(int[] truth, int[] predicted, int from, int to, int k, long[] counts) {
    int last = k - 1;
    int i = from;
    for (; i < to; i++) {
      int t = truth[i];
      int p = predicted[i];
      if ((t | p | (last - t) | (last - p)) < 0) {
        break;
      }
      counts[t * k + p]++;
    }
    if (i == to) {
      return true;
    }
    for (int j = from; j < i; j++) {
      counts[truth[j] * k + predicted[j]]--;
    }
    return false;
  }

  /**
   * Any number of classes, long ranges: four interleaved histograms in {@code scratch} (4·K² ints,
   * all zero on entry and on return), so that consecutive rows of the same cell do not wait on each
   * other's stores. Commits the sum of the four into {@code counts} only if every row was valid.
   */
  static boolean addInterleaved(
      int[] truth, int[] predicted, int from, int to, int k, int[] scratch, long[] counts) {
    int cells = k * k;
    int second = cells;
    int third = 2 * cells;
    int fourth = 3 * cells;
    int last = k - 1;
    int bad = 0;
    int i = from;
    for (; i <= to - 4; i += 4) {
      int t0 = truth[i];
      int t1 = truth[i + 1];
      int t2 = truth[i + 2];
      int t3 = truth[i + 3];
      int p0 = predicted[i];
      int p1 = predicted[i + 1];
      int p2 = predicted[i + 2];
      int p3 = predicted[i + 3];
      bad = t0 | t1 | t2 | t3 | p0 | p1 | p2 | p3
          | (last - t0) | (last - t1) | (last - t2) | (last - t3)
          | (last - p0) | (last - p1) | (last - p2) | (last - p3);
      if (bad < 0) {
        break;
      }
      scratch[t0 * k + p0]++;
      scratch[second + t1 * k + p1]++;
      scratch[third + t2 * k + p2]++;
      scratch[fourth + t3 * k + p3]++;
    }
    for (; bad >= 0 && i < to; i++) {
      int t = truth[i];
      int p = predicted[i];
      bad = t | p | (last - t) | (last - p);
      if (bad >= 0) {
        scratch[t * k + p]++;
      }
    }
    if (bad >= 0) {
      for (int c = 0; c < cells; c++) {
        counts[c] +=
            (long) scratch[c] + scratch[second + c] + scratch[third + c] + scratch[fourth + c];
      }
    }
    Arrays.fill(scratch, 0, 4 * cells, 0);
    return bad >= 0;
  }

  /** Counts weighted rows that {@link #checkWeighted} has accepted; weights add exactly. */
  static void addWeighted(
      int[] truth, int[] predicted, double[] weights, int from, int to, int k, long[] counts,
      ExactSum[] sums) {
    for (int i = from; i < to; i++) {
      int cell = truth[i] * k + predicted[i];
      counts[cell]++;
      sums[cell].add(weights[i]);
    }
  }

  /**
   * Checks weighted rows before any is counted. The exact weight sums cannot take a row back, and
   * this pass costs little next to the exact additions that follow it.
   */
  static void checkWeighted(
      int[] truth, int[] predicted, double[] weights, int from, int to, int k) {
    int last = k - 1;
    for (int i = from; i < to; i++) {
      int t = truth[i];
      int p = predicted[i];
      double w = weights[i];
      if ((t | p | (last - t) | (last - p)) < 0 || !(w >= 0) || w == Double.POSITIVE_INFINITY) {
        throw firstInvalid(truth, predicted, weights, i, to, k);
      }
    }
  }

  /** The exception for the first row of {@code [from, to)} with an index outside [0, k). */
  static IllegalArgumentException firstInvalid(
      int[] truth, int[] predicted, int from, int to, int k) {
    return firstInvalid(truth, predicted, null, from, to, k);
  }

  private static IllegalArgumentException firstInvalid(
      int[] truth, int[] predicted, double @Nullable [] weights,
      int from, int to, int k) {
    for (int i = from; i < to; i++) {
      if (truth[i] < 0 || truth[i] >= k) {
        return Rejections.notAClassIndex("truth", i, truth[i], k);
      }
      if (predicted[i] < 0 || predicted[i] >= k) {
        return Rejections.notAClassIndex("predicted", i, predicted[i], k);
      }
      if (weights != null && (!(weights[i] >= 0) || weights[i] == Double.POSITIVE_INFINITY)) {
        return Rejections.notAWeight("weights", i, weights[i]);
      }
    }
    throw new AssertionError("no invalid row in [" + from + ", " + to + ")");
  }
}
