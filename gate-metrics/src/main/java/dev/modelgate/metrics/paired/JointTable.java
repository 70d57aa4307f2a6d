package dev.modelgate.metrics.paired;

import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import java.util.Arrays;
import java.util.Objects;

/**
 * The joint table of champion and candidate scored on the same rows: how many rows have true class
 * t, the champion's prediction a and the candidate's prediction b, for every (t, a, b).
 *
 * <p>It is the sufficient statistic of a paired comparison: both models' {@link ConfusionMatrix
 * confusion matrices} are its margins ({@link #champion()} sums over b, {@link #candidate()} over
 * a), so every confusion-matrix metric of either model and every difference between them is a
 * function of it; and the rows that only one model gets right ({@link #championOnly()}, {@link
 * #candidateOnly()}) are McNemar's discordant pairs. Its K³ cells hold exact counts.
 *
 * <p>Rows are counted, not weighted: a bootstrap resamples rows, and a cell's count says how many
 * rows it holds while a weight sum would not. Weights that depend only on the true class (class
 * weights) are a function of the table and belong in the statistic; per-row weights or amounts go
 * through {@link RowDifferenceAccumulator}.
 *
 * <p>Example: 4 rows with truth {@code [1, 0, 1, 1]}, champion {@code [1, 0, 0, 1]} and candidate
 * {@code [1, 1, 1, 1]} give count(1, 1, 1) = 2, count(0, 0, 1) = 1, count(1, 0, 1) = 1; the
 * champion alone is right on 1 row, the candidate alone on 1.
 *
 * <p>Immutable and thread-safe. Build one from arrays with {@link #of}, row by row or per partition
 * with a {@link JointTableAccumulator}.
 */
public final class JointTable {

  private final LabelDictionary labels;
  private final int k;
  private final long[] counts;
  private final long rows;

  /** A table over {@code counts}, indexed {@code (t·K + a)·K + b}; takes the array, no copy. */
  JointTable(LabelDictionary labels, long[] counts, long rows) {
    this.labels = labels;
    this.k = labels.size();
    this.counts = counts;
    this.rows = rows;
  }

  /**
   * The table of class indices: {@code truth[i]}, {@code champion[i]} and {@code candidate[i]} are
   * row i's true class and the two models' predictions.
   *
   * @throws IllegalArgumentException if the arrays are empty, differ in length, or hold an index
   *     outside {@code [0, labels.size())}; the message names the argument, the index and the value
   */
  public static JointTable of(
      LabelDictionary labels, int[] truth, int[] champion, int[] candidate) {
    JointTableAccumulator accumulator = JointTableAccumulator.of(labels);
    accumulator.addAll(truth, champion, candidate);
    if (accumulator.rows() == 0) {
      throw PairedRejections.noRows();
    }
    return accumulator.toTable();
  }

  /**
   * A table from its counts, {@code counts[t][a][b]}.
   *
   * @throws IllegalArgumentException if the shape is not K×K×K, a count is negative, or all are 0
   */
  public static JointTable ofCounts(LabelDictionary labels, long[][][] counts) {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(counts, "counts");
    int k = labels.size();
    long[] cells = new long[k * k * k];
    long rows = 0;
    requireLength("counts", counts.length, k);
    for (int t = 0; t < k; t++) {
      requireLength("counts[" + t + "]", counts[t] == null ? 0 : counts[t].length, k);
      for (int a = 0; a < k; a++) {
        long[] row = counts[t][a];
        requireLength("counts[" + t + "][" + a + "]", row == null ? 0 : row.length, k);
        for (int b = 0; b < k; b++) {
          if (row[b] < 0) {
            throw PairedRejections.notACount(
                "counts[" + t + "][" + a + "][" + b + "]", row[b]);
          }
          cells[(t * k + a) * k + b] = row[b];
          rows = Math.addExact(rows, row[b]);
        }
      }
    }
    if (rows == 0) {
      throw PairedRejections.noRows();
    }
    return new JointTable(labels, cells, rows);
  }

  private static void requireLength(String argument, int length, int k) {
    if (length != k) {
      throw PairedRejections.wrongShape(argument, length, k);
    }
  }

  /** The labels of the classes. */
  public LabelDictionary labels() {
    return labels;
  }

  /** The number of classes K. */
  public int classes() {
    return k;
  }

  /** The number of rows n: the sum of all cells. */
  public long rows() {
    return rows;
  }

  /**
   * The rows of true class {@code truth} that the champion predicted as {@code champion} and the
   * candidate as {@code candidate}.
   *
   * @throws IndexOutOfBoundsException if an index is outside {@code [0, K)}
   */
  public long count(int truth, int champion, int candidate) {
    Objects.checkIndex(truth, k);
    Objects.checkIndex(champion, k);
    Objects.checkIndex(candidate, k);
    return counts[(truth * k + champion) * k + candidate];
  }

  /** The champion's confusion matrix: the table summed over the candidate's predictions. */
  public ConfusionMatrix champion() {
    double[][] m = new double[k][k];
    for (int c = 0; c < counts.length; c++) {
      m[c / (k * k)][(c / k) % k] += counts[c];
    }
    return ConfusionMatrix.ofCounts(labels, m);
  }

  /** The candidate's confusion matrix: the table summed over the champion's predictions. */
  public ConfusionMatrix candidate() {
    double[][] m = new double[k][k];
    for (int c = 0; c < counts.length; c++) {
      m[c / (k * k)][c % k] += counts[c];
    }
    return ConfusionMatrix.ofCounts(labels, m);
  }

  /** The rows both models got right. */
  public long bothRight() {
    long sum = 0;
    for (int t = 0; t < k; t++) {
      sum += counts[(t * k + t) * k + t];
    }
    return sum;
  }

  /** McNemar's b: the rows the champion got right and the candidate wrong. */
  public long championOnly() {
    long sum = 0;
    for (int t = 0; t < k; t++) {
      for (int b = 0; b < k; b++) {
        sum += b == t ? 0 : counts[(t * k + t) * k + b];
      }
    }
    return sum;
  }

  /** McNemar's c: the rows the candidate got right and the champion wrong. */
  public long candidateOnly() {
    long sum = 0;
    for (int t = 0; t < k; t++) {
      for (int a = 0; a < k; a++) {
        sum += a == t ? 0 : counts[(t * k + a) * k + t];
      }
    }
    return sum;
  }

  /** The rows both models got wrong (not necessarily with the same prediction). */
  public long bothWrong() {
    return rows - bothRight() - championOnly() - candidateOnly();
  }

  /** A copy of the counts as {@code [truth][champion][candidate]}. */
  public long[][][] toArray() {
    long[][][] out = new long[k][k][k];
    for (int c = 0; c < counts.length; c++) {
      out[c / (k * k)][(c / k) % k][c % k] = counts[c];
    }
    return out;
  }

  /** The number of cells, K³. */
  int cells() {
    return counts.length;
  }

  /** The count of cell {@code index}, {@code (t·K + a)·K + b}, unchecked. */
  long cell(int index) {
    return counts[index];
  }

  /** The same labels over other counts summing to {@code rows}; takes the array, no copy. */
  JointTable withCounts(long[] cells, long total) {
    return new JointTable(labels, cells, total);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JointTable other
        && rows == other.rows
        && labels.equals(other.labels)
        && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, rows, Arrays.hashCode(counts));
  }

  @Override
  public String toString() {
    return "JointTable" + labels.labels() + "[rows=" + rows + ", championOnly=" + championOnly()
        + ", candidateOnly=" + candidateOnly() + "]";
  }
}
