package dev.modelgate.metrics.paired;

import java.util.List;

/**
 * The exception for each kind of bad input in this package, one factory per reason, so that every
 * message comes from one rule and names the argument, the index and the value.
 *
 * <p>Stateless and thread-safe.
 */
final class PairedRejections {

  private PairedRejections() {}

  /** {@code champion[3] = 7 is not a class index in [0, 2)}. */
  static IllegalArgumentException notAClassIndex(
      String argument, long index, int value, int classes) {
    return new IllegalArgumentException(
        argument + "[" + index + "] = " + value + " is not a class index in [0, " + classes + ")");
  }

  /** {@code truth has 2 rows but candidate has 1}. */
  static IllegalArgumentException lengthMismatch(int truthRows, String other, int otherRows) {
    return new IllegalArgumentException(
        "truth has " + truthRows + " rows but " + other + " has " + otherRows);
  }

  /** {@code from = 3 and to = 2 are not a row range within [0, 5]}. */
  static IllegalArgumentException notARange(int from, int to, int rows) {
    return new IllegalArgumentException(
        "from = " + from + " and to = " + to + " are not a row range within [0, " + rows + "]");
  }

  /** {@code no rows: a joint table needs at least one row}. */
  static IllegalArgumentException noRows() {
    return new IllegalArgumentException("no rows: a joint table needs at least one row");
  }

  /** {@code cannot merge accumulators with different labels: [a, b] and [b, a]}. */
  static IllegalArgumentException differentLabels(
      String what, List<String> labels, List<String> otherLabels) {
    return new IllegalArgumentException(
        "cannot " + what + " with different labels: " + labels + " and " + otherLabels);
  }

  /** {@code counts[1][0][1] = -2 is not a count >= 0}. */
  static IllegalArgumentException notACount(String argument, long value) {
    return new IllegalArgumentException(argument + " = " + value + " is not a count >= 0");
  }

  /** {@code counts has 3 rows, expected 2 (one per label)}. */
  static IllegalArgumentException wrongShape(String argument, int length, int expected) {
    return new IllegalArgumentException(
        argument + " has " + length + " entries, expected " + expected + " (one per label)");
  }

  /** {@code confidence = 1.0 is not a level in (0, 1)}. */
  static IllegalArgumentException notALevel(double confidence) {
    return new IllegalArgumentException(
        "confidence = " + confidence + " is not a level in (0, 1)");
  }

  /** {@code resamples = 0 is not a number of resamples >= 1}. */
  static IllegalArgumentException notResamples(int resamples) {
    return new IllegalArgumentException(
        "resamples = " + resamples + " is not a number of resamples >= 1");
  }

  /** {@code cost matrix is 2×2 but the joint table has 3 classes}. */
  static IllegalArgumentException shapeMismatch(int costClasses, int tableClasses) {
    return new IllegalArgumentException(
        "cost matrix is " + costClasses + "×" + costClasses + " but the joint table has "
            + tableClasses + " classes");
  }

  /** The refusal of a cost matrix with rates where only counts are known. */
  static IllegalArgumentException ratesNeedRows() {
    return new IllegalArgumentException(
        "cost matrix has rates, which need each row's amount: a joint table only counts rows;"
            + " use RowDifferenceAccumulator for example-dependent net benefit");
  }

  /** {@code method = STUDENT_T is not a bootstrap method: use PERCENTILE or BCA}. */
  static IllegalArgumentException notABootstrapMethod(IntervalMethod method) {
    return new IllegalArgumentException(
        "method = " + method + " is not a bootstrap method: use PERCENTILE or BCA");
  }
}
