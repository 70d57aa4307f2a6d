package dev.modelgate.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A K×K confusion matrix: rows are the true class, columns the predicted class, as in
 * scikit-learn's {@code confusion_matrix}.
 *
 * <p>Cells hold counts, or sums of row weights when the matrix was built with weights. Unweighted
 * counts are exact up to 2<sup>53</sup> rows. {@link #rows()} is always the number of rows seen,
 * whatever their weights.
 *
 * <p>Immutable and thread-safe. Build one from arrays with the static factories, or row by row
 * with a {@link ConfusionAccumulator}.
 */
public final class ConfusionMatrix {

  private final LabelDictionary labels;
  private final double[] cells;
  private final long rows;
  private final boolean weighted;

  ConfusionMatrix(LabelDictionary labels, double[] cells, long rows, boolean weighted) {
    this.labels = labels;
    this.cells = cells;
    this.rows = rows;
    this.weighted = weighted;
  }

  /**
   * The confusion matrix of class indices {@code truth} against {@code predicted}.
   *
   * @throws IllegalArgumentException if the arrays are empty, differ in length, or hold an index
   *     outside {@code [0, labels.size())}; the message names the argument, the index and the value
   */
  public static ConfusionMatrix of(LabelDictionary labels, int[] truth, int[] predicted) {
    ConfusionAccumulator accumulator = ConfusionAccumulator.of(labels);
    accumulator.addAll(truth, predicted);
    return accumulator.requireRows().toMatrix();
  }

  /**
   * The weighted confusion matrix: each row adds its weight to its cell.
   *
   * @throws IllegalArgumentException as {@link #of(LabelDictionary, int[], int[])}, and for a
   *     weight that is negative, NaN or infinite
   */
  public static ConfusionMatrix of(
      LabelDictionary labels, int[] truth, int[] predicted, double[] weights) {
    ConfusionAccumulator accumulator = ConfusionAccumulator.of(labels);
    accumulator.addAll(truth, predicted, weights);
    return accumulator.requireRows().toMatrix();
  }

  /**
   * The confusion matrix of labelled values, with the labels in {@code labels}' order.
   *
   * @throws IllegalArgumentException if a value is not one of the declared labels, or the arrays
   *     are empty or differ in length
   */
  public static ConfusionMatrix ofLabels(
      LabelDictionary labels, String[] truth, String[] predicted) {
    requireSameLength(truth, predicted);
    return of(labels, labels.encode(truth, "truth"), labels.encode(predicted, "predicted"));
  }

  /**
   * The confusion matrix of labelled values, with the sorted union of the observed labels as
   * scikit-learn does when it is given no {@code labels}.
   *
   * @throws IllegalArgumentException if the arrays are empty or differ in length
   */
  public static ConfusionMatrix ofLabels(String[] truth, String[] predicted) {
    return ofLabels(observedLabels(truth, predicted), truth, predicted);
  }

  /**
   * The weighted confusion matrix of labelled values, with the labels in {@code labels}' order.
   *
   * @throws IllegalArgumentException if a value is not one of the declared labels, the arrays are
   *     empty or differ in length, or a weight is negative, NaN or infinite
   */
  public static ConfusionMatrix ofLabels(
      LabelDictionary labels, String[] truth, String[] predicted, double[] weights) {
    requireSameLength(truth, predicted);
    return of(
        labels, labels.encode(truth, "truth"), labels.encode(predicted, "predicted"), weights);
  }

  /**
   * The weighted confusion matrix of labelled values, with the sorted union of the observed labels
   * as scikit-learn does when it is given no {@code labels}.
   *
   * @throws IllegalArgumentException if the arrays are empty or differ in length, or a weight is
   *     negative, NaN or infinite
   */
  public static ConfusionMatrix ofLabels(String[] truth, String[] predicted, double[] weights) {
    return ofLabels(observedLabels(truth, predicted), truth, predicted, weights);
  }

  /**
   * A matrix from its cells: {@code counts[t][p]} is the count (or weight) of rows of true class
   * {@code t} predicted as {@code p}. {@link #rows()} is the rounded total.
   *
   * @throws IllegalArgumentException if the shape is not labels.size() squared, or a cell is
   *     negative, NaN or infinite
   */
  public static ConfusionMatrix ofCounts(LabelDictionary labels, double[][] counts) {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(counts, "counts");
    int k = labels.size();
    if (counts.length != k) {
      throw new IllegalArgumentException(
          "counts has " + counts.length + " rows, expected " + k + " (one per label)");
    }
    double[] cells = new double[k * k];
    double total = 0;
    boolean integral = true;
    for (int t = 0; t < k; t++) {
      if (counts[t] == null || counts[t].length != k) {
        throw new IllegalArgumentException(
            "counts[" + t + "] has " + (counts[t] == null ? "no" : counts[t].length)
                + " columns, expected " + k + " (one per label)");
      }
      for (int p = 0; p < k; p++) {
        double c = counts[t][p];
        if (!(c >= 0) || Double.isInfinite(c)) {
          throw new IllegalArgumentException(
              "counts[" + t + "][" + p + "] = " + c + " is not a finite count >= 0");
        }
        integral &= c == Math.rint(c);
        cells[t * k + p] = c;
        total += c;
      }
    }
    return new ConfusionMatrix(labels, cells, Math.round(total), !integral);
  }

  /**
   * A binary matrix from its four counts, with labels {@code "negative"} (index 0) and {@code
   * "positive"} (index 1).
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static ConfusionMatrix binary(long tp, long fp, long fn, long tn) {
    requireCount("tp", tp);
    requireCount("fp", fp);
    requireCount("fn", fn);
    requireCount("tn", tn);
    double[] cells = {tn, fp, fn, tp};
    return new ConfusionMatrix(
        LabelDictionary.of("negative", "positive"), cells, tp + fp + fn + tn, false);
  }

  private static void requireCount(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " = " + value + " must be >= 0");
    }
  }

  private static LabelDictionary observedLabels(String[] truth, String[] predicted) {
    requireSameLength(truth, predicted);
    if (truth.length == 0) {
      throw Rejections.noRows();
    }
    List<String> all = new ArrayList<>(truth.length + predicted.length);
    all.addAll(Arrays.asList(truth));
    all.addAll(Arrays.asList(predicted));
    return LabelDictionary.sorted(all);
  }

  private static void requireSameLength(String[] truth, String[] predicted) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    if (truth.length != predicted.length) {
      throw Rejections.lengthMismatch(truth.length, "predicted", predicted.length);
    }
  }

  /** The labels of the rows and columns. */
  public LabelDictionary labels() {
    return labels;
  }

  /** The number of classes K. */
  public int classes() {
    return labels.size();
  }

  /**
   * The count (or weight) of rows of true class {@code truth} predicted as {@code predicted}.
   *
   * @throws IllegalArgumentException if an index is outside {@code [0, K)}
   */
  public double count(int truth, int predicted) {
    checkClass("truth", truth);
    checkClass("predicted", predicted);
    return cell(truth, predicted);
  }

  /** The number of rows seen, whatever their weights. */
  public long rows() {
    return rows;
  }

  /** Whether the cells are sums of row weights rather than counts. */
  public boolean weighted() {
    return weighted;
  }

  /** The sum of all cells: {@link #rows()} when unweighted, the total weight otherwise. */
  public double total() {
    double sum = 0;
    for (double c : cells) {
      sum += c;
    }
    return sum;
  }

  /**
   * The sum of row {@code truth}: how many rows truly are of that class, its support.
   *
   * @throws IllegalArgumentException if {@code truth} is outside {@code [0, K)}
   */
  public double actual(int truth) {
    checkClass("truth", truth);
    return actualUnchecked(truth);
  }

  /**
   * The sum of column {@code predicted}: how many rows were predicted as that class.
   *
   * @throws IllegalArgumentException if {@code predicted} is outside {@code [0, K)}
   */
  public double predicted(int predicted) {
    checkClass("predicted", predicted);
    return predictedUnchecked(predicted);
  }

  /**
   * True positives of class {@code classIndex}, one-vs-rest.
   *
   * @throws IllegalArgumentException if {@code classIndex} is outside {@code [0, K)}
   */
  public double truePositives(int classIndex) {
    checkClass("classIndex", classIndex);
    return cell(classIndex, classIndex);
  }

  /**
   * False positives of class {@code classIndex}, one-vs-rest: predicted as it, truly another class.
   *
   * @throws IllegalArgumentException if {@code classIndex} is outside {@code [0, K)}
   */
  public double falsePositives(int classIndex) {
    checkClass("classIndex", classIndex);
    return predictedUnchecked(classIndex) - cell(classIndex, classIndex);
  }

  /**
   * False negatives of class {@code classIndex}, one-vs-rest: truly of it, predicted as another.
   *
   * @throws IllegalArgumentException if {@code classIndex} is outside {@code [0, K)}
   */
  public double falseNegatives(int classIndex) {
    checkClass("classIndex", classIndex);
    return actualUnchecked(classIndex) - cell(classIndex, classIndex);
  }

  /**
   * True negatives of class {@code classIndex}, one-vs-rest.
   *
   * @throws IllegalArgumentException if {@code classIndex} is outside {@code [0, K)}
   */
  public double trueNegatives(int classIndex) {
    checkClass("classIndex", classIndex);
    return total() - actualUnchecked(classIndex) - predictedUnchecked(classIndex)
        + cell(classIndex, classIndex);
  }

  /** The cell at {@code [truth][predicted]}, indices unchecked. */
  double cell(int truth, int predicted) {
    return cells[truth * labels.size() + predicted];
  }

  private double actualUnchecked(int truth) {
    int k = labels.size();
    double sum = 0;
    for (int p = 0; p < k; p++) {
      sum += cells[truth * k + p];
    }
    return sum;
  }

  private double predictedUnchecked(int predicted) {
    int k = labels.size();
    double sum = 0;
    for (int t = 0; t < k; t++) {
      sum += cells[t * k + predicted];
    }
    return sum;
  }

  private void checkClass(String argument, int value) {
    if (value < 0 || value >= labels.size()) {
      throw Rejections.notAClassIndex(argument, value, labels.size());
    }
  }

  /** A copy of the cells as {@code [truth][predicted]}. */
  public double[][] toArray() {
    int k = labels.size();
    double[][] out = new double[k][k];
    for (int t = 0; t < k; t++) {
      System.arraycopy(cells, t * k, out[t], 0, k);
    }
    return out;
  }

  /**
   * The cell-wise sum of this matrix and {@code other}: the matrix of both sets of rows.
   *
   * @throws IllegalArgumentException if the labels differ
   */
  public ConfusionMatrix plus(ConfusionMatrix other) {
    Objects.requireNonNull(other, "other");
    if (!labels.equals(other.labels)) {
      throw Rejections.differentLabels("add matrices", labels.labels(), other.labels.labels());
    }
    double[] sum = cells.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.cells[i];
    }
    return new ConfusionMatrix(labels, sum, rows + other.rows, weighted || other.weighted);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfusionMatrix other
        && rows == other.rows
        && weighted == other.weighted
        && labels.equals(other.labels)
        && Arrays.equals(cells, other.cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, rows, weighted, Arrays.hashCode(cells));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ConfusionMatrix").append(labels.labels()).append('[');
    int k = labels.size();
    for (int t = 0; t < k; t++) {
      sb.append(t == 0 ? "" : ", ").append(Arrays.toString(Arrays.copyOfRange(cells, t * k, t * k + k)));
    }
    return sb.append(']').toString();
  }
}
