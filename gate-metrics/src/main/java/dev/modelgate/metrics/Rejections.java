package dev.modelgate.metrics;

import java.util.List;

/**
 * The exception for each kind of bad input in this package, so that every message comes from one
 * rule and names the argument, the index and the value.
 *
 * <p>Stateless and thread-safe.
 */
final class Rejections {

  private Rejections() {}

  /** {@code truth[3] = 7 is not a class index in [0, 2)}. */
  static IllegalArgumentException notAClassIndex(
      String argument, long index, int value, int classes) {
    return new IllegalArgumentException(
        argument + "[" + index + "] = " + value + " is not a class index in [0, " + classes + ")");
  }

  /** {@code positiveClass = 2 is not a class index in [0, 2)}. */
  static IllegalArgumentException notAClassIndex(String argument, int value, int classes) {
    return new IllegalArgumentException(
        argument + " = " + value + " is not a class index in [0, " + classes + ")");
  }

  /** {@code weights[3] = -1.0 is not a finite weight >= 0}. */
  static IllegalArgumentException notAWeight(String argument, long index, double value) {
    return new IllegalArgumentException(
        argument + "[" + index + "] = " + value + " is not a finite weight >= 0");
  }

  /** {@code truth has 2 rows but predicted has 1}. */
  static IllegalArgumentException lengthMismatch(int truthRows, String other, int otherRows) {
    return new IllegalArgumentException(
        "truth has " + truthRows + " rows but " + other + " has " + otherRows);
  }

  /** {@code from = 3 and to = 2 are not a row range within [0, 5]}. */
  static IllegalArgumentException notARange(int from, int to, int rows) {
    return new IllegalArgumentException(
        "from = " + from + " and to = " + to + " are not a row range within [0, " + rows + "]");
  }

  /** {@code no rows: a confusion matrix needs at least one row}. */
  static IllegalArgumentException noRows() {
    return new IllegalArgumentException("no rows: a confusion matrix needs at least one row");
  }

  /** {@code beta = 0.0 is not a number > 0}. */
  static IllegalArgumentException notABeta(double beta) {
    return new IllegalArgumentException("beta = " + beta + " is not a number > 0");
  }

  /** {@code matrix total = 0.0 is not > 0: metrics need at least one row of positive weight}. */
  static IllegalArgumentException emptyMatrix(double total) {
    return new IllegalArgumentException(
        "matrix total = " + total + " is not > 0: metrics need at least one row of positive weight");
  }

  /** {@code cannot merge accumulators with different labels: [a, b] and [b, a]}. */
  static IllegalArgumentException differentLabels(
      String what, List<String> labels, List<String> otherLabels) {
    return new IllegalArgumentException(
        "cannot " + what + " with different labels: " + labels + " and " + otherLabels);
  }

  /** {@code weights of cell [truth = 1, predicted = 0] sum past the largest finite double}. */
  static ArithmeticException weightOverflow(int truth, int predicted) {
    return new ArithmeticException(
        "weights of cell [truth = " + truth + ", predicted = " + predicted
            + "] sum past the largest finite double");
  }
}
