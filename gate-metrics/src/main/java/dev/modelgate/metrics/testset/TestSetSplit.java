package dev.modelgate.metrics.testset;

import java.util.Arrays;
import java.util.Objects;

/**
 * A seeded split of rows into a test set and a train set that depends on nothing but the seed, the
 * test fraction, the stratification flag and each row's id and label: it chooses the same rows on
 * every JVM, operating system and library version, and whatever order the rows come in.
 *
 * <p>Algorithm, version 1:
 *
 * <ol>
 *   <li><b>Key.</b> key(row) is the first 8 bytes, read as a big-endian unsigned integer, of
 *       SHA-256 over the UTF-8 bytes of {@code seed + ":" + rowId}, the seed in decimal as {@link
 *       Long#toString(long)} writes it: for seed 42 and row id {@code 17}, SHA-256 of {@code
 *       "42:17"}. The key does not depend on the label or on the other rows.
 *   <li><b>Strata.</b> Stratified (the default): one stratum per distinct label. Otherwise one
 *       stratum of all rows.
 *   <li><b>Size.</b> A stratum of {@code n} rows gives {@code t} test rows, {@code t} being {@code
 *       testFraction × n} rounded half up: {@code x} is the IEEE 754 double product (every Java
 *       platform computes it identically), {@code t = floor(x)}, plus 1 when {@code x − floor(x) ≥
 *       0.5}. Examples: 0.2 × 700 gives 140; 0.25 × 10 = 2.5 gives 3; 0.15 × 10 is 1.5 as a double
 *       product and gives 2. The test set's size is the sum over strata, so with stratification it
 *       can differ from {@code testFraction × rows} by up to half a row per stratum.
 *   <li><b>Selection.</b> A stratum's rows are sorted by key (unsigned), ties by row id in UTF-8
 *       byte order; the first {@code t} are test rows, the rest train rows.
 * </ol>
 *
 * <p>Every stratum must give at least one test row and one train row ({@code 1 ≤ t ≤ n − 1}),
 * otherwise the split is refused, naming every such stratum: a class that is missing from the test
 * set leaves its metrics undefined, and undefined never passes. A stratum of one row is therefore
 * always refused. Ids must be unique; a repeated id is refused naming both positions.
 *
 * <p>Row identity is an id column of the data, given to {@link #split(String[], String[])}. Data
 * without one can use {@link #split(String[])}, which takes the 1-based row numbers as ids: then
 * reordering the data changes the split.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}, or take {@link #defaults()}.
 */
public final class TestSetSplit {

  /** The seed used unless another is set: 42. */
  public static final long DEFAULT_SEED = 42;

  /** The test fraction used unless another is set: 0.2. */
  public static final double DEFAULT_TEST_FRACTION = 0.2;

  private static final TestSetSplit DEFAULTS = builder().build();

  private final long seed;
  private final double testFraction;
  private final boolean stratified;

  private TestSetSplit(Builder builder) {
    this.seed = builder.seed;
    this.testFraction = builder.testFraction;
    this.stratified = builder.stratified;
  }

  /** A builder with seed 42, test fraction 0.2, stratified. */
  public static Builder builder() {
    return new Builder();
  }

  /** The default split: seed 42, test fraction 0.2, stratified by label. */
  public static TestSetSplit defaults() {
    return DEFAULTS;
  }

  /** The seed of the keys. */
  public long seed() {
    return seed;
  }

  /** The fraction of each stratum that goes to the test set, before rounding; in (0, 1). */
  public double testFraction() {
    return testFraction;
  }

  /** Whether each label is split separately, keeping class proportions. */
  public boolean stratified() {
    return stratified;
  }

  /**
   * How many test rows a stratum of {@code rows} rows gives: {@code testFraction × rows} rounded
   * half up (see the class description). Example with 0.2: 1000 → 200, 12 → 2, 13 → 3, 2 → 0.
   *
   * @throws IllegalArgumentException if {@code rows} is negative
   */
  public int testRows(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("rows = " + rows + " must be >= 0");
    }
    double x = testFraction * rows;
    double floor = Math.floor(x);
    return (int) floor + (x - floor >= 0.5 ? 1 : 0);
  }

  /**
   * Splits the rows {@code (rowIds[i], labels[i])}.
   *
   * @throws IllegalArgumentException if the arrays are empty or differ in length, an id or label is
   *     null, empty or not well-formed UTF-16, an id repeats ({@code rowIds[7] repeats row id "12"
   *     already at rowIds[3]}), or a stratum cannot give one test row and one train row
   */
  public Split split(String[] rowIds, String[] labels) {
    Objects.requireNonNull(rowIds, "rowIds");
    Objects.requireNonNull(labels, "labels");
    RowTable table = RowTable.of(rowIds, labels);
    if (table.rows() == 0) {
      throw TestSetMessages.noRows("a test set");
    }
    int[] byId = table.sortedById(i -> "rowIds[" + i + "]");
    boolean[] test = SeededSelection.select(table, byId, this);
    int[] testInIdOrder = new int[byId.length];
    int testSize = 0;
    for (int row : byId) {
      if (test[row]) {
        testInIdOrder[testSize++] = row;
      }
    }
    Fingerprint fingerprint =
        RowHashes.fingerprint(table, Arrays.copyOf(testInIdOrder, testSize));
    return Split.of(test, fingerprint);
  }

  /**
   * Splits data that has no id column, taking each row's 1-based row number ({@code "1"}, {@code
   * "2"}, ...) as its id. Reordering the data changes the split and the fingerprint.
   *
   * @throws IllegalArgumentException as {@link #split(String[], String[])}
   */
  public Split split(String[] labels) {
    Objects.requireNonNull(labels, "labels");
    String[] rowNumbers = new String[labels.length];
    for (int i = 0; i < labels.length; i++) {
      rowNumbers[i] = Integer.toString(i + 1);
    }
    return split(rowNumbers, labels);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TestSetSplit other
        && seed == other.seed
        && Double.compare(testFraction, other.testFraction) == 0
        && stratified == other.stratified;
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed, testFraction, stratified);
  }

  @Override
  public String toString() {
    return "TestSetSplit[seed=" + seed + ", testFraction=" + testFraction + ", stratified="
        + stratified + "]";
  }

  /**
   * Builds a {@link TestSetSplit}; starts from seed 42, test fraction 0.2, stratified. Setters
   * reject bad values at once; a builder can be reused after {@link #build()}. Not thread-safe.
   */
  public static final class Builder {

    private long seed = DEFAULT_SEED;
    private double testFraction = DEFAULT_TEST_FRACTION;
    private boolean stratified = true;

    private Builder() {}

    /** Sets the seed of the keys; any {@code long}. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the fraction of each stratum that goes to the test set.
     *
     * @throws IllegalArgumentException if {@code testFraction} is not in the open interval (0, 1)
     */
    public Builder testFraction(double testFraction) {
      if (!(testFraction > 0 && testFraction < 1)) {
        throw TestSetMessages.fractionOutOfRange(testFraction);
      }
      this.testFraction = testFraction;
      return this;
    }

    /** Sets whether each label is split separately (default {@code true}). */
    public Builder stratified(boolean stratified) {
      this.stratified = stratified;
      return this;
    }

    /** The split with the values set so far. */
    public TestSetSplit build() {
      return new TestSetSplit(this);
    }
  }
}
