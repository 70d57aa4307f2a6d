package dev.modelgate.metrics.testset;

import java.util.Objects;

/**
 * Builds a {@link Fingerprint} from rows given one at a time or in chunks, and merges with other
 * accumulators (one per partition) into exactly the fingerprint of the whole data.
 *
 * <p>The canonical order sorts all rows by id, so the accumulator must hold every (id, label) pair
 * until {@link #toFingerprint()}: memory is O(rows), about 8 bytes plus the id's UTF-8 length per
 * row, with each distinct label stored once. Rows are packed into one byte buffer and two {@code
 * int} arrays; adding a row boxes nothing. At most 2<sup>31</sup> − 9 bytes of ids fit in one
 * accumulator. Repeated ids are found when the fingerprint is taken, by sorting.
 *
 * <p>Rows are numbered from 0 in the order they were added; {@link #merge} numbers the other
 * accumulator's rows after this one's. Not thread-safe: give each thread or partition its own
 * accumulator and merge them.
 */
public final class FingerprintAccumulator {

  private final RowTable table = new RowTable();

  private FingerprintAccumulator() {}

  /** An empty accumulator. */
  public static FingerprintAccumulator create() {
    return new FingerprintAccumulator();
  }

  /** The number of rows added so far. */
  public long rows() {
    return table.rows();
  }

  /**
   * Adds one row.
   *
   * @throws IllegalArgumentException if the id or label is null, empty or not well-formed UTF-16;
   *     the message names it as {@code rowIds[n]} or {@code labels[n]}, {@code n} being the row's
   *     number
   */
  public FingerprintAccumulator add(String rowId, String label) {
    RowTable.checkRow(rowId, label, table.rows());
    table.append(rowId, label);
    return this;
  }

  /**
   * Adds every row of the two arrays. Validation happens before anything is added: on an exception
   * the accumulator is unchanged.
   *
   * @throws IllegalArgumentException if the arrays differ in length, or an id or label is null,
   *     empty or not well-formed UTF-16; the message names the argument, the array index and the
   *     value
   */
  public FingerprintAccumulator addAll(String[] rowIds, String[] labels) {
    Objects.requireNonNull(rowIds, "rowIds");
    Objects.requireNonNull(labels, "labels");
    return addAll(rowIds, labels, 0, rowIds.length);
  }

  /** Adds rows {@code [from, to)} of the two arrays; unchanged on an exception. */
  public FingerprintAccumulator addAll(String[] rowIds, String[] labels, int from, int to) {
    Objects.requireNonNull(rowIds, "rowIds");
    Objects.requireNonNull(labels, "labels");
    if (rowIds.length != labels.length) {
      throw TestSetMessages.lengthMismatch(rowIds.length, labels.length);
    }
    Objects.checkFromToIndex(from, to, rowIds.length);
    table.appendAll(rowIds, labels, from, to);
    return this;
  }

  /** Adds the rows of {@code other} after this accumulator's rows; {@code other} is unchanged. */
  public FingerprintAccumulator merge(FingerprintAccumulator other) {
    Objects.requireNonNull(other, "other");
    table.appendAll(other.table);
    return this;
  }

  /**
   * The fingerprint of the rows added so far; the accumulator stays usable. Costs a sort of the
   * rows, O(n log n).
   *
   * @throws IllegalArgumentException if no row was added, or an id repeats: {@code row 7 repeats
   *     row id "12" already at row 3}
   */
  public Fingerprint toFingerprint() {
    if (table.rows() == 0) {
      throw TestSetMessages.noRows("a fingerprint");
    }
    return RowHashes.fingerprint(table, table.sortedById(i -> "row " + i));
  }
}
