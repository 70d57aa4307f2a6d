package dev.modelgate.metrics;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link ConfusionMatrix} from rows given one at a time or in chunks, and merges with
 * other accumulators (one per partition) into exactly the whole-data matrix.
 *
 * <p><b>Exactness.</b> Unweighted rows are counted in {@code long}s. Row weights are summed exactly
 * and rounded once, when {@link #toMatrix()} is called, so a weighted cell is the correctly rounded
 * sum of its weights: the matrix does not depend on the order of the rows, on how they were split
 * into chunks, nor on the order in which partitions were merged.
 *
 * <p><b>Failure.</b> A call adds all of its rows or none: on an exception the accumulator is as it
 * was, and the message names the argument, the index and the value of the first bad row.
 * Unweighted rows are checked and counted in the same pass, which commits only a valid range (or,
 * past 32 classes, takes back the rows it counted, exactly, as they are integers); weighted rows
 * are checked in a pass of their own first, which costs little next to the exact sums.
 *
 * <p><b>Cost.</b> State is O(K²) whatever the number of rows: K² counts and, once a weighted row
 * was added, K² exact sums of a few doubles each. Two classes are counted by branch-free sums at
 * about the speed of reading the two arrays; up to 32 classes by four interleaved histograms with
 * no bounds checks (16 KiB for the duration of a call of 2048 rows or more); more classes straight
 * into the counts.
 *
 * <p>Not thread-safe: give each thread or partition its own accumulator and {@link #merge} them.
 */
public final class ConfusionAccumulator {

  private final LabelDictionary labels;
  private final int k;
  private final long[] counts;
  private ExactSum @Nullable [] sums; // null until the first weighted row
  private long rows;

  private ConfusionAccumulator(LabelDictionary labels) {
    this.labels = labels;
    this.k = labels.size();
    this.counts = new long[k * k];
  }

  /** An empty accumulator over {@code labels}. */
  public static ConfusionAccumulator of(LabelDictionary labels) {
    return new ConfusionAccumulator(Objects.requireNonNull(labels, "labels"));
  }

  /** The labels rows are counted over. */
  public LabelDictionary labels() {
    return labels;
  }

  /** The number of rows added so far, whatever their weights. */
  public long rows() {
    return rows;
  }

  /** Whether a weighted row was added, here or in a merged accumulator. */
  public boolean weighted() {
    return sums != null;
  }

  /**
   * Adds one row. In error messages the row's index is its position in the stream: {@link #rows()}
   * before the call.
   *
   * @throws IllegalArgumentException if an index is outside {@code [0, K)}
   */
  public ConfusionAccumulator add(int truth, int predicted) {
    checkClass("truth", truth);
    checkClass("predicted", predicted);
    int cell = truth * k + predicted;
    counts[cell]++;
    if (sums != null) {
      sums[cell].add(1.0);
    }
    rows++;
    return this;
  }

  /**
   * Adds one row with a weight.
   *
   * @throws IllegalArgumentException if an index is outside {@code [0, K)} or the weight is
   *     negative, NaN or infinite
   */
  public ConfusionAccumulator add(int truth, int predicted, double weight) {
    checkClass("truth", truth);
    checkClass("predicted", predicted);
    if (!(weight >= 0) || weight == Double.POSITIVE_INFINITY) {
      throw Rejections.notAWeight("weight", rows, weight);
    }
    int cell = truth * k + predicted;
    ensureSums()[cell].add(weight); // before counting: the sums start from the counts so far
    counts[cell]++;
    rows++;
    return this;
  }

  /**
   * Adds every row of the two arrays; unchanged on an exception. Empty arrays add nothing.
   *
   * @throws IllegalArgumentException if the lengths differ or an index is outside {@code [0, K)}
   */
  public ConfusionAccumulator addAll(int[] truth, int[] predicted) {
    Objects.requireNonNull(truth, "truth");
    return addAll(truth, predicted, 0, truth.length);
  }

  /**
   * Adds rows {@code [from, to)} of the two arrays; unchanged on an exception. Adding the chunks of
   * an array one after the other gives exactly the matrix of adding it whole; an empty range adds
   * nothing. Indices in error messages are array indices.
   *
   * @throws IllegalArgumentException if the lengths differ, the range is not within the arrays, or
   *     an index is outside {@code [0, K)}
   */
  public ConfusionAccumulator addAll(int[] truth, int[] predicted, int from, int to) {
    checkRows(truth, predicted, null, from, to);
    long @Nullable [] before = sums == null ? null : counts.clone();
    boolean counted;
    if (k == 2) {
      counted = CountingLoops.addBinary(truth, predicted, from, to, counts);
    } else if (k <= CountingLoops.SMALL_MAX_CLASSES && to - from >= CountingLoops.SMALL_MIN_ROWS) {
      counted = CountingLoops.addSmall(truth, predicted, from, to, k, counts);
    } else {
      counted = CountingLoops.addDirect(truth, predicted, from, to, k, counts);
    }
    if (!counted) {
      throw CountingLoops.firstInvalid(truth, predicted, from, to, k);
    }
    if (before != null) {
      addCountsToSums(before);
    }
    rows += to - from;
    return this;
  }

  /**
   * Adds every row with its weight; unchanged on an exception.
   *
   * @throws IllegalArgumentException if the lengths differ, an index is outside {@code [0, K)} or
   *     a weight is negative, NaN or infinite
   */
  public ConfusionAccumulator addAll(int[] truth, int[] predicted, double[] weights) {
    Objects.requireNonNull(truth, "truth");
    return addAll(truth, predicted, weights, 0, truth.length);
  }

  /**
   * Adds rows {@code [from, to)} with their weights; unchanged on an exception. Chunked adds give
   * exactly the matrix of one whole add.
   *
   * @throws IllegalArgumentException as {@link #addAll(int[], int[], double[])}, and if the range
   *     is not within the arrays
   */
  public ConfusionAccumulator addAll(
      int[] truth, int[] predicted, double[] weights, int from, int to) {
    Objects.requireNonNull(weights, "weights");
    checkRows(truth, predicted, weights, from, to);
    CountingLoops.checkWeighted(truth, predicted, weights, from, to, k);
    if (from < to) {
      CountingLoops.addWeighted(truth, predicted, weights, from, to, k, counts, ensureSums());
    }
    rows += to - from;
    return this;
  }

  /**
   * Adds the rows of {@code other} to this accumulator; {@code other} is unchanged unless it is
   * this accumulator, which then holds its rows twice. Merging is exact, associative and
   * commutative: any merge order of any partition of the rows gives the whole-data matrix.
   *
   * @throws IllegalArgumentException if the labels differ
   */
  public ConfusionAccumulator merge(ConfusionAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!labels.equals(other.labels)) {
      throw Rejections.differentLabels(
          "merge accumulators", labels.labels(), other.labels.labels());
    }
    if (sums != null || other.sums != null) {
      ExactSum[] mine = ensureSums();
      for (int c = 0; c < counts.length; c++) {
        if (other.sums != null) {
          mine[c].addAll(other.sums[c]);
        } else {
          mine[c].addCount(other.counts[c]);
        }
      }
    }
    for (int c = 0; c < counts.length; c++) {
      counts[c] += other.counts[c];
    }
    rows += other.rows;
    return this;
  }

  /**
   * The matrix of the rows added so far; the accumulator stays usable. With no rows this is a
   * matrix of zeros, which {@link ClassificationMetrics} refuses.
   *
   * @throws ArithmeticException if the weights of a cell sum past {@link Double#MAX_VALUE}
   */
  public ConfusionMatrix toMatrix() {
    double[] cells = new double[counts.length];
    for (int c = 0; c < cells.length; c++) {
      if (sums == null) {
        cells[c] = counts[c];
      } else if (sums[c].overflowed()) {
        throw Rejections.weightOverflow(c / k, c % k);
      } else {
        cells[c] = sums[c].value();
      }
    }
    return new ConfusionMatrix(labels, cells, rows, sums != null);
  }

  /** The number of doubles and longs held, excluding the labels; for tests of the O(K²) claim. */
  long stateSize() {
    long size = counts.length;
    if (sums != null) {
      for (ExactSum sum : sums) {
        size += sum.partials();
      }
    }
    return size;
  }

  ConfusionAccumulator requireRows() {
    if (rows == 0) {
      throw Rejections.noRows();
    }
    return this;
  }

  private ExactSum[] ensureSums() {
    ExactSum[] current = sums;
    if (current == null) {
      current = new ExactSum[counts.length];
      for (int c = 0; c < current.length; c++) {
        current[c] = new ExactSum();
        current[c].addCount(counts[c]);
      }
      sums = current;
    }
    return current;
  }

  /** Adds to the weight sums the rows counted since {@code before}, each of weight 1. */
  private void addCountsToSums(long[] before) {
    ExactSum[] current = Objects.requireNonNull(sums);
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] != before[c]) {
        current[c].addCount(counts[c] - before[c]);
      }
    }
  }

  private void checkClass(String argument, int value) {
    if (value < 0 || value >= k) {
      throw Rejections.notAClassIndex(argument, rows, value, k);
    }
  }

  private static void checkRows(
      int[] truth, int[] predicted, double @Nullable [] weights, int from, int to) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    if (truth.length != predicted.length) {
      throw Rejections.lengthMismatch(truth.length, "predicted", predicted.length);
    }
    if (weights != null && truth.length != weights.length) {
      throw Rejections.lengthMismatch(truth.length, "weights", weights.length);
    }
    if (from < 0 || from > to || to > truth.length) {
      throw Rejections.notARange(from, to, truth.length);
    }
  }
}
