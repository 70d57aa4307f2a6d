package dev.modelgate.metrics.testset;

import java.util.List;

/**
 * The failure messages of this package, one factory per reason, so that a message cannot drift
 * from the rule it reports. Each names the argument, the index and the value. Stateless.
 */
final class TestSetMessages {

  /** The most bytes of row ids one {@link RowTable} holds. */
  static final int MAX_BYTES = Integer.MAX_VALUE - 8;

  private TestSetMessages() {}

  static IllegalArgumentException lengthMismatch(int rowIds, int labels) {
    return new IllegalArgumentException(
        "rowIds has " + rowIds + " rows but labels has " + labels);
  }

  static IllegalArgumentException noRows(String what) {
    return new IllegalArgumentException("no rows: " + what + " needs at least one row");
  }

  static IllegalArgumentException nullValue(String argument, long index) {
    return new IllegalArgumentException(argument + "[" + index + "] must not be null");
  }

  static IllegalArgumentException emptyValue(String argument, long index) {
    return new IllegalArgumentException(argument + "[" + index + "] must not be empty");
  }

  static IllegalArgumentException unpairedSurrogate(
      String argument, long index, char surrogate, int at) {
    return new IllegalArgumentException(
        String.format(
            "%s[%d] has an unpaired surrogate \\u%04X at char %d, so it has no UTF-8 form",
            argument, index, (int) surrogate, at));
  }

  static IllegalArgumentException duplicateId(String id, String repeatedAt, String firstAt) {
    return new IllegalArgumentException(
        repeatedAt + " repeats row id \"" + id + "\" already at " + firstAt);
  }

  static IllegalArgumentException fractionOutOfRange(double testFraction) {
    return new IllegalArgumentException(
        "testFraction = " + testFraction + " is not in the open interval (0, 1)");
  }

  static IllegalArgumentException tooManyBytes() {
    return new IllegalArgumentException(
        "row ids take more than " + MAX_BYTES + " bytes, the most one accumulator holds");
  }

  /** One stratum that cannot give both a test row and a train row. */
  static String stratumTooSmall(String stratum, int rows, int testRows) {
    return stratum + " has " + plural(rows, "row") + ", giving " + plural(testRows, "test row")
        + " and " + plural(rows - testRows, "train row");
  }

  static IllegalArgumentException cannotSplit(
      double testFraction, boolean stratified, List<String> strata) {
    String rule = stratified
        ? "a stratified split needs at least one test row and one train row of every label"
        : "a split needs at least one test row and one train row";
    return new IllegalArgumentException(
        "cannot split with testFraction = " + testFraction + ": " + String.join("; ", strata)
            + "; " + rule);
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
