package dev.modelgate.metrics;

import java.util.Objects;

/**
 * Builds a {@link ConfusionMatrix} from rows given one at a time or in chunks, and merges with
 * other accumulators (one per partition) into exactly the whole-data matrix.
 *
 * <p>State is O(K²) whatever the number of rows. Unweighted rows are counted in {@code long}s, so
 * counts are exact; weighted rows add their weight in {@code double}. Not thread-safe: give each
 * thread or partition its own accumulator and {@link #merge} them.
 */
public final class ConfusionAccumulator {

  private final LabelDictionary labels;
  private final int k;
  private final long[] counts;
  private double[] weights; // null until the first weighted row
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

  /** The number of rows added so far. */
  public long rows() {
    return rows;
  }

  /**
   * Adds one row.
   *
   * @throws IllegalArgumentException if an index is outside {@code [0, K)}
   */
  public ConfusionAccumulator add(int truth, int predicted) {
    checkClass("truth", rows, truth);
    checkClass("predicted", rows, predicted);
    if (weights != null) {
      weights[truth * k + predicted] += 1.0;
    }
    counts[truth * k + predicted]++;
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
    checkClass("truth", rows, truth);
    checkClass("predicted", rows, predicted);
    checkWeight("weight", rows, weight);
    ensureWeights()[truth * k + predicted] += weight;
    counts[truth * k + predicted]++;
    rows++;
    return this;
  }

  /**
   * Adds every row of the two arrays. Validation happens before anything is added: on an
   * exception the accumulator is unchanged.
   */
  public ConfusionAccumulator addAll(int[] truth, int[] predicted) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    return addAll(truth, predicted, 0, truth.length);
  }

  /** Adds rows {@code [from, to)} of the two arrays; unchanged on an exception. */
  public ConfusionAccumulator addAll(int[] truth, int[] predicted, int from, int to) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    requireSameLength(truth.length, "predicted", predicted.length);
    Objects.checkFromToIndex(from, to, truth.length);
    for (int i = from; i < to; i++) {
      checkClass("truth", i, truth[i]);
      checkClass("predicted", i, predicted[i]);
    }
    for (int i = from; i < to; i++) {
      counts[truth[i] * k + predicted[i]]++;
    }
    if (weights != null) {
      for (int i = from; i < to; i++) {
        weights[truth[i] * k + predicted[i]] += 1.0;
      }
    }
    rows += to - from;
    return this;
  }

  /** Adds every row with its weight; unchanged on an exception. */
  public ConfusionAccumulator addAll(int[] truth, int[] predicted, double[] rowWeights) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(rowWeights, "weights");
    requireSameLength(truth.length, "predicted", predicted.length);
    requireSameLength(truth.length, "weights", rowWeights.length);
    for (int i = 0; i < truth.length; i++) {
      checkClass("truth", i, truth[i]);
      checkClass("predicted", i, predicted[i]);
      checkWeight("weights", i, rowWeights[i]);
    }
    double[] w = ensureWeights();
    for (int i = 0; i < truth.length; i++) {
      int cell = truth[i] * k + predicted[i];
      counts[cell]++;
      w[cell] += rowWeights[i];
    }
    rows += truth.length;
    return this;
  }

  /**
   * Adds the rows of {@code other} to this accumulator; {@code other} is unchanged.
   *
   * @throws IllegalArgumentException if the labels differ
   */
  public ConfusionAccumulator merge(ConfusionAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!labels.equals(other.labels)) {
      throw new IllegalArgumentException(
          "cannot merge accumulators with different labels: " + labels.labels() + " and "
              + other.labels.labels());
    }
    if (other.weights != null) {
      double[] w = ensureWeights();
      for (int i = 0; i < w.length; i++) {
        w[i] += other.weights[i];
      }
    } else if (weights != null) {
      for (int i = 0; i < weights.length; i++) {
        weights[i] += other.counts[i];
      }
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    rows += other.rows;
    return this;
  }

  /** The matrix of the rows added so far; the accumulator stays usable. */
  public ConfusionMatrix toMatrix() {
    double[] cells = new double[counts.length];
    if (weights != null) {
      System.arraycopy(weights, 0, cells, 0, cells.length);
    } else {
      for (int i = 0; i < cells.length; i++) {
        cells[i] = counts[i];
      }
    }
    return new ConfusionMatrix(labels, cells, rows, weights != null);
  }

  ConfusionAccumulator requireRows() {
    if (rows == 0) {
      throw new IllegalArgumentException("no rows: a confusion matrix needs at least one row");
    }
    return this;
  }

  private double[] ensureWeights() {
    if (weights == null) {
      weights = new double[counts.length];
      for (int i = 0; i < counts.length; i++) {
        weights[i] = counts[i];
      }
    }
    return weights;
  }

  private void checkClass(String argument, long index, int value) {
    if (value < 0 || value >= k) {
      throw new IllegalArgumentException(
          argument + "[" + index + "] = " + value + " is not a class index in [0, " + k + ")");
    }
  }

  private static void checkWeight(String argument, long index, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          argument + "[" + index + "] = " + value + " is not a finite weight >= 0");
    }
  }

  private static void requireSameLength(int truthLength, String other, int otherLength) {
    if (truthLength != otherLength) {
      throw new IllegalArgumentException(
          "truth has " + truthLength + " rows but " + other + " has " + otherLength);
    }
  }
}
