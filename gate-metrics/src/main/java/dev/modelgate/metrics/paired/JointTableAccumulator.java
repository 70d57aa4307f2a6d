package dev.modelgate.metrics.paired;

import dev.modelgate.metrics.LabelDictionary;
import java.util.Objects;

/**
 * Builds a {@link JointTable} in one pass over the rows, given one at a time or in chunks, and
 * merges with other accumulators (one per partition) into exactly the whole-data table.
 *
 * <p><b>Cost.</b> State is K³ {@code long} counts whatever the number of rows, with no boxing. Two
 * classes are counted by branch-free packed sums at about the speed of reading the three arrays;
 * more classes straight into the counts.
 *
 * <p><b>Failure.</b> A call adds all of its rows or none: on an exception the accumulator is as it
 * was, and the message names the argument, the index and the value of the first bad row, for
 * example {@code candidate[7] = 2 is not a class index in [0, 2)}.
 *
 * <p><b>Weights.</b> Rows are counted, never weighted: see {@link JointTable}.
 *
 * <p>Not thread-safe: give each thread or partition its own accumulator and {@link #merge} them.
 */
public final class JointTableAccumulator {

  private final LabelDictionary labels;
  private final int k;
  private final long[] counts;
  private long rows;

  private JointTableAccumulator(LabelDictionary labels) {
    this.labels = labels;
    this.k = labels.size();
    this.counts = new long[k * k * k];
  }

  /**
   * An empty accumulator over {@code labels}.
   *
   * @throws IllegalArgumentException if there are more than 1,290 labels (K³ cells must fit an
   *     array)
   */
  public static JointTableAccumulator of(LabelDictionary labels) {
    Objects.requireNonNull(labels, "labels");
    if (labels.size() > 1290) {
      throw new IllegalArgumentException(
          "labels has " + labels.size() + " classes: a joint table supports at most 1290");
    }
    return new JointTableAccumulator(labels);
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
   * Adds one row. In error messages the row's index is its position in the stream: {@link #rows()}
   * before the call.
   *
   * @throws IllegalArgumentException if an index is outside {@code [0, K)}
   */
  public JointTableAccumulator add(int truth, int champion, int candidate) {
    checkClass("truth", truth);
    checkClass("champion", champion);
    checkClass("candidate", candidate);
    counts[(truth * k + champion) * k + candidate]++;
    rows++;
    return this;
  }

  /**
   * Adds every row of the three arrays; unchanged on an exception. Empty arrays add nothing.
   *
   * @throws IllegalArgumentException if the lengths differ or an index is outside {@code [0, K)}
   */
  public JointTableAccumulator addAll(int[] truth, int[] champion, int[] candidate) {
    Objects.requireNonNull(truth, "truth");
    return addAll(truth, champion, candidate, 0, truth.length);
  }

  /**
   * Adds rows {@code [from, to)} of the three arrays; unchanged on an exception. Adding the chunks
   * of the arrays one after the other gives exactly the table of adding them whole. Indices in
   * error messages are array indices.
   *
   * @throws IllegalArgumentException if the lengths differ, the range is not within the arrays, or
   *     an index is outside {@code [0, K)}
   */
  public JointTableAccumulator addAll(
      int[] truth, int[] champion, int[] candidate, int from, int to) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(champion, "champion");
    Objects.requireNonNull(candidate, "candidate");
    if (truth.length != champion.length) {
      throw PairedRejections.lengthMismatch(truth.length, "champion", champion.length);
    }
    if (truth.length != candidate.length) {
      throw PairedRejections.lengthMismatch(truth.length, "candidate", candidate.length);
    }
    if (from < 0 || from > to || to > truth.length) {
      throw PairedRejections.notARange(from, to, truth.length);
    }
    boolean counted = k == 2
        ? JointCounting.addBinary(truth, champion, candidate, from, to, counts)
        : JointCounting.addDirect(truth, champion, candidate, from, to, k, counts);
    if (!counted) {
      throw JointCounting.firstInvalid(truth, champion, candidate, from, to, k);
    }
    rows += to - from;
    return this;
  }

  /**
   * Adds the rows of {@code other}; {@code other} is unchanged unless it is this accumulator, which
   * then holds its rows twice. Merging is exact, associative and commutative.
   *
   * @throws IllegalArgumentException if the labels differ
   */
  public JointTableAccumulator merge(JointTableAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!labels.equals(other.labels)) {
      throw PairedRejections.differentLabels(
          "merge accumulators", labels.labels(), other.labels.labels());
    }
    long[] theirs = other.counts.clone();
    for (int c = 0; c < counts.length; c++) {
      counts[c] += theirs[c];
    }
    rows += other.rows;
    return this;
  }

  /**
   * The table of the rows added so far; the accumulator stays usable. With no rows this is a table
   * of zeros, which {@link PairedBootstrap} refuses.
   */
  public JointTable toTable() {
    return new JointTable(labels, counts.clone(), rows);
  }

  private void checkClass(String argument, int value) {
    if (value < 0 || value >= k) {
      throw PairedRejections.notAClassIndex(argument, rows, value, k);
    }
  }
}
