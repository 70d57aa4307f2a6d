package dev.modelgate.metrics.testset;

import java.util.Arrays;
import java.util.Objects;

/**
 * The result of a {@link TestSetSplit}: which rows are test rows, which are train rows, and the
 * test set's {@link Fingerprint}.
 *
 * <p>Indices are positions in the arrays given to {@code split}, 0-based and ascending. Every row
 * is in exactly one of the two sets. Immutable and thread-safe; the index accessors return copies.
 */
public final class Split {

  private final int[] test;
  private final int[] train;
  private final Fingerprint fingerprint;

  private Split(int[] test, int[] train, Fingerprint fingerprint) {
    this.test = test;
    this.train = train;
    this.fingerprint = fingerprint;
  }

  static Split of(boolean[] isTest, Fingerprint fingerprint) {
    int testSize = 0;
    for (boolean t : isTest) {
      testSize += t ? 1 : 0;
    }
    int[] test = new int[testSize];
    int[] train = new int[isTest.length - testSize];
    for (int row = 0, i = 0, j = 0; row < isTest.length; row++) {
      if (isTest[row]) {
        test[i++] = row;
      } else {
        train[j++] = row;
      }
    }
    return new Split(test, train, fingerprint);
  }

  /** The number of rows split: {@code testSize() + trainSize()}. */
  public int rows() {
    return test.length + train.length;
  }

  /** The number of test rows. */
  public int testSize() {
    return test.length;
  }

  /** The number of train rows. */
  public int trainSize() {
    return train.length;
  }

  /** The test rows' indices, ascending. */
  public int[] testIndices() {
    return test.clone();
  }

  /** The train rows' indices, ascending. */
  public int[] trainIndices() {
    return train.clone();
  }

  /**
   * Whether row {@code index} is a test row.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, rows())}
   */
  public boolean isTest(int index) {
    Objects.checkIndex(index, rows());
    return Arrays.binarySearch(test, index) >= 0;
  }

  /** The fingerprint of the test rows' ids and labels, as {@link Fingerprint#of} computes it. */
  public Fingerprint fingerprint() {
    return fingerprint;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Split other
        && Arrays.equals(test, other.test)
        && Arrays.equals(train, other.train)
        && fingerprint.equals(other.fingerprint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(test), Arrays.hashCode(train), fingerprint);
  }

  @Override
  public String toString() {
    return "Split[rows=" + rows() + ", test=" + test.length + ", train=" + train.length
        + ", fingerprint=" + fingerprint + "]";
  }
}
