package dev.modelgate.metrics.paired;

import dev.modelgate.metrics.cost.CostMatrix;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Collects, in one streaming pass, the per-row differences of example-dependent net benefit
 * between candidate and champion: d = value(t, b) − value(t, a) + (rate(t, b) − rate(t, a)) ×
 * amount for a row of true class t, amount in minor units, champion prediction a and candidate
 * prediction b.
 *
 * <p>Amounts break the joint table's trick (rows in one cell are worth different amounts), so the
 * summary is kept per row instead: the count n, Σd and Σd², in whole units of 10<sup>−S</sup> of
 * the currency, S the fewest decimals that hold every d exactly (for example S = 3 for a rate of
 * 0.1 on amounts in cents). Σd is a {@code long} and Σd² a 128-bit integer, so both are exact, and
 * the result does not depend on the order of the rows or of merges. {@link RowDifferences} then
 * gives the exact total difference and its approximate (central limit) interval; {@link
 * PairedBootstrap#rowDistribution} resamples the rows themselves for a second opinion.
 *
 * <p>Every call adds all of its rows or none. An overflow is an {@link ArithmeticException}, never
 * a wrong sum. Not thread-safe: give each thread or partition its own accumulator and {@link
 * #merge} them.
 */
public final class RowDifferenceAccumulator {

  private final CostMatrix costs;
  private final RowValues values;
  private long rows;
  private long sum;
  private long squaresLow;
  private long squaresHigh;

  private RowDifferenceAccumulator(CostMatrix costs, RowValues values) {
    this.costs = costs;
    this.values = values;
  }

  /**
   * An empty accumulator for {@code costs}.
   *
   * @throws ArithmeticException if a value or rate difference needs more than 18 decimals or does
   *     not fit a {@code long} of units
   */
  public static RowDifferenceAccumulator of(CostMatrix costs) {
    Objects.requireNonNull(costs, "costs");
    return new RowDifferenceAccumulator(costs, RowValues.of(costs));
  }

  /** The cost matrix the differences are computed under. */
  public CostMatrix costs() {
    return costs;
  }

  /** The number of rows added so far. */
  public long rows() {
    return rows;
  }

  /** S: the differences are counted in units of 10<sup>−S</sup> of the currency. */
  public int scale() {
    return values.scale();
  }

  /**
   * Adds one row; in messages its index is {@link #rows()} before the call.
   *
   * @throws IllegalArgumentException if a class index is outside {@code [0, K)}
   * @throws ArithmeticException if the row's difference or a sum overflows
   */
  public RowDifferenceAccumulator add(int truth, int champion, int candidate, long amount) {
    long d = values.difference(truth, champion, candidate, amount, rows);
    commit(1, d, square(d, 0, 0));
    return this;
  }

  /**
   * Adds every row of the four arrays; unchanged on an exception.
   *
   * @throws IllegalArgumentException if the lengths differ or a class index is outside {@code [0,
   *     K)}; the message names the argument, the index and the value
   * @throws ArithmeticException if a row's difference or a sum overflows
   */
  public RowDifferenceAccumulator addAll(
      int[] truth, int[] champion, int[] candidate, long[] amounts) {
    long[] d = values.differences(truth, champion, candidate, amounts);
    long s = 0;
    long[] squares = {0, 0};
    for (long x : d) {
      s = addExact(s, x);
      squares = square(x, squares[0], squares[1]);
    }
    commit(d.length, s, squares);
    return this;
  }

  /**
   * Adds the rows of {@code other}; {@code other} is unchanged. Exact, associative and commutative.
   *
   * @throws IllegalArgumentException if the cost matrices differ
   * @throws ArithmeticException if a sum overflows
   */
  public RowDifferenceAccumulator merge(RowDifferenceAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!costs.equals(other.costs)) {
      throw new IllegalArgumentException(
          "cannot merge accumulators with different cost matrices");
    }
    commit(other.rows, other.sum, new long[] {other.squaresLow, other.squaresHigh});
    return this;
  }

  /** The summary of the rows added so far; the accumulator stays usable. */
  public RowDifferences toDifferences() {
    return new RowDifferences(
        rows, BigDecimal.valueOf(sum, values.scale()), sum, squaresHigh, squaresLow,
        values.scale(), costs.currency());
  }

  private void commit(long n, long s, long[] squares) {
    long newSum = addExact(sum, s);
    long[] newSquares = addSquares(squaresLow, squaresHigh, squares[0], squares[1]);
    rows += n;
    sum = newSum;
    squaresLow = newSquares[0];
    squaresHigh = newSquares[1];
  }

  /** {low, high} of the 128-bit (high:low) + d². */
  private static long[] square(long d, long low, long high) {
    return addSquares(low, high, d * d, Math.multiplyHigh(d, d));
  }

  private static long[] addSquares(long low, long high, long addLow, long addHigh) {
    long newLow = low + addLow;
    long carry = Long.compareUnsigned(newLow, low) < 0 ? 1 : 0;
    try {
      return new long[] {newLow, Math.addExact(Math.addExact(high, addHigh), carry)};
    } catch (ArithmeticException e) {
      throw new ArithmeticException("the sum of squared differences overflows 127 bits");
    }
  }

  private long addExact(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "the sum of the differences overflows a long of 1e-" + values.scale() + " units");
    }
  }
}
