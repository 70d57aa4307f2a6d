package dev.modelgate.metrics;

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

  /** Rows per block of the binary loop: each packed 10-bit field counts at most 1023 rows. */
  private static final int BINARY_BLOCK = 1023;

  /** The most classes the masked histograms take: cell index t·32 + p fits in 10 bits. */
  static final int SMALL_MAX_CLASSES = 32;

  /** Rows from which the masked histograms pay for clearing their 16 KiB. */
  static final int SMALL_MIN_ROWS = 2048;

  private static final int SMALL_CELLS = SMALL_MAX_CLASSES * SMALL_MAX_CLASSES;

  private CountingLoops() {}

  /**
   * Two classes: the four cells follow from Σt, Σp and Σ(t & p), and an OR of all values shows
   * whether any is outside {0, 1}. The three sums share one int, 10 bits each, over blocks of 1023
   * rows, so the loop body is one add and one OR: it vectorises and runs at about the speed of
   * reading the two arrays. Values outside {0, 1} garble the sums, which are then thrown away.
   */
  static boolean addBinary(int[] truth, int[] predicted, int from, int to, long[] counts) {
    long positives = 0;
    long predictedPositives = 0;
    long truePositives = 0;
    int bits = 0;
    for (int block = from; block < to; block += BINARY_BLOCK) {
      int end = Math.min(to, block + BINARY_BLOCK);
      int packed = 0;
      for (int i = block; i < end; i++) {
        int t = truth[i];
        int p = predicted[i];
        packed += t + (p << 10) + ((t & p) << 20);
        bits |= t | p;
      }
      positives += packed & 1023;
      predictedPositives += (packed >>> 10) & 1023;
      truePositives += packed >>> 20;
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
   * Three to 32 classes, long ranges: four interleaved histograms of 32×32 cells in a local array,
   * so that runs of one cell (an imbalanced class) do not wait on each other's stores. The cell
   * index is masked to 10 bits, which keeps every row in bounds with no check and no branch; an OR
   * of all values catches anything negative or past 31, and a non-empty cell outside the K×K
   * corner anything in [K, 32). Commits only if every row was valid.
   */
  static boolean addSmall(int[] truth, int[] predicted, int from, int to, int k, long[] counts) {
    int[] h = new int[4 * SMALL_CELLS];
    int bits = 0;
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
      bits |= t0 | t1 | t2 | t3 | p0 | p1 | p2 | p3;
      h[(t0 * 32 + p0) & 1023]++;
      h[1024 + ((t1 * 32 + p1) & 1023)]++;
      h[2048 + ((t2 * 32 + p2) & 1023)]++;
      h[3072 + ((t3 * 32 + p3) & 1023)]++;
    }
    for (; i < to; i++) {
      int t = truth[i];
      int p = predicted[i];
      bits |= t | p;
      h[(t * 32 + p) & 1023]++;
    }
    if ((bits & ~31) != 0) {
      return false;
    }
    for (int c = 0; c < SMALL_CELLS; c++) {
      long n = (long) h[c] + h[1024 + c] + h[2048 + c] + h[3072 + c];
      if (n != 0 && (c / 32 >= k || c % 32 >= k)) {
        return false;
      }
      h[c] = (int) n; // at most the range's length, an int
    }
    for (int t = 0; t < k; t++) {
      for (int p = 0; p < k; p++) {
        counts[t * k + p] += h[t * 32 + p];
      }
    }
    return true;
  }

  /**
   * Any number of classes: counts straight into {@code counts}, and on a bad row takes back the rows
   * counted so far, which restores the counts exactly because they are integers. Used past 32
   * classes, where runs of one cell are rare, and for short ranges.
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
