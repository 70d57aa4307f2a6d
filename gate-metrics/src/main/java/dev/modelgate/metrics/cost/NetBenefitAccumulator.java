package dev.modelgate.metrics.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Collects what a {@link NetBenefit} needs from rows that carry a per-row amount: the count and the
 * sum of amounts of each cell {@code [truth][predicted]}. Rows come one at a time or in chunks, and
 * accumulators of partitions {@link #merge} into exactly the whole-data result.
 *
 * <p>Amounts are whole minor units of the cost matrix's currency (cents for USD; {@link
 * Amounts#parse} reads decimal text). Sums are kept in {@code long}s, never in floating point, and
 * an overflow is an {@link ArithmeticException}, not a wrong total. State is O(K²) whatever the
 * number of rows, and the accumulator does not depend on the cost matrix, so one pass serves any
 * number of cost matrices.
 *
 * <p>Example, German credit with positive {@code Bad} = 0 (declined), FN = −1 × loan amount and TN
 * = +0.1 × loan amount: a bad applicant accepted with a loan of 1,000.00 and a good one accepted
 * with 2,500.00 give {@code -1000.00 + 250.000 = -750.000}:
 *
 * <pre>{@code
 * CostMatrix costs =
 *     CostMatrix.binary(BinaryCosts.of("0", "0", "0", "0"), 0)
 *         .withRates(BinaryCosts.of("0", "0", "-1", "0.1"));
 * NetBenefit nb = NetBenefitAccumulator.of(2)
 *     .add(0, 1, 100_000)
 *     .add(1, 1, 250_000)
 *     .netBenefit(costs);
 * }</pre>
 *
 * <p>Every method validates before it changes anything: on an exception the accumulator is
 * unchanged. Not thread-safe: give each thread or partition its own accumulator and merge them.
 */
public final class NetBenefitAccumulator {

  private final int k;
  private final long[] counts;
  private final long[] amounts;
  private long rows;

  private NetBenefitAccumulator(int k) {
    this.k = k;
    this.counts = new long[k * k];
    this.amounts = new long[k * k];
  }

  /**
   * An empty accumulator over {@code classes} classes.
   *
   * @throws IllegalArgumentException if {@code classes} is less than 1
   */
  public static NetBenefitAccumulator of(int classes) {
    if (classes < 1) {
      throw new IllegalArgumentException(CostMessages.tooFewClasses(classes));
    }
    return new NetBenefitAccumulator(classes);
  }

  /** The number of classes K. */
  public int classes() {
    return k;
  }

  /** The number of rows added so far. */
  public long rows() {
    return rows;
  }

  /**
   * Adds one row with its amount in minor units.
   *
   * @throws IllegalArgumentException if a class index is outside {@code [0, K)}
   * @throws ArithmeticException if the cell's sum of amounts would overflow a {@code long}
   */
  public NetBenefitAccumulator add(int truth, int predicted, long amount) {
    checkClass("truth", rows, truth);
    checkClass("predicted", rows, predicted);
    int cell = truth * k + predicted;
    amounts[cell] = addAmount(amounts[cell], amount, cell, rows);
    counts[cell]++;
    rows++;
    return this;
  }

  /**
   * Adds every row of the three arrays.
   *
   * @throws IllegalArgumentException if the lengths differ or a class index is outside {@code [0,
   *     K)}; the message names the argument, the index and the value
   * @throws ArithmeticException if a cell's sum of amounts would overflow a {@code long}
   */
  public NetBenefitAccumulator addAll(int[] truth, int[] predicted, long[] amounts) {
    Objects.requireNonNull(truth, "truth");
    return addAll(truth, predicted, amounts, 0, truth.length);
  }

  /**
   * Adds rows {@code [from, to)} of the three arrays; unchanged on an exception.
   *
   * @throws IllegalArgumentException as {@link #addAll(int[], int[], long[])}
   * @throws ArithmeticException as {@link #addAll(int[], int[], long[])}
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within the arrays
   */
  public NetBenefitAccumulator addAll(
      int[] truth, int[] predicted, long[] amounts, int from, int to) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(amounts, "amounts");
    requireSameLength(truth.length, "predicted", predicted.length);
    requireSameLength(truth.length, "amounts", amounts.length);
    Objects.checkFromToIndex(from, to, truth.length);
    for (int i = from; i < to; i++) {
      checkClass("truth", i, truth[i]);
      checkClass("predicted", i, predicted[i]);
    }
    long[] sums = this.amounts.clone();
    for (int i = from; i < to; i++) {
      int cell = truth[i] * k + predicted[i];
      sums[cell] = addAmount(sums[cell], amounts[i], cell, i);
    }
    System.arraycopy(sums, 0, this.amounts, 0, sums.length);
    for (int i = from; i < to; i++) {
      counts[truth[i] * k + predicted[i]]++;
    }
    rows += to - from;
    return this;
  }

  /**
   * Adds the rows of {@code other} to this accumulator; {@code other} is unchanged.
   *
   * @throws IllegalArgumentException if the numbers of classes differ
   * @throws ArithmeticException if a cell's sum of amounts would overflow a {@code long}
   */
  public NetBenefitAccumulator merge(NetBenefitAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (k != other.k) {
      throw new IllegalArgumentException(CostMessages.differentClasses(k, other.k));
    }
    long[] sums = amounts.clone();
    for (int cell = 0; cell < sums.length; cell++) {
      try {
        sums[cell] = Math.addExact(sums[cell], other.amounts[cell]);
      } catch (ArithmeticException e) {
        throw overflow(cell, "when merging", e);
      }
    }
    long mergedRows = Math.addExact(rows, other.rows);
    for (int cell = 0; cell < counts.length; cell++) {
      counts[cell] += other.counts[cell];
    }
    System.arraycopy(sums, 0, amounts, 0, sums.length);
    rows = mergedRows;
    return this;
  }

  /**
   * The net benefit of the rows added so far under {@code costs}; the accumulator stays usable.
   *
   * @throws IllegalArgumentException if the cost matrix is not K×K ("cost matrix is 2×2 but the
   *     accumulator has 3 classes") or no row was added
   */
  public NetBenefit netBenefit(CostMatrix costs) {
    Objects.requireNonNull(costs, "costs");
    if (costs.classes() != k) {
      throw new IllegalArgumentException(
          CostMessages.shapeMismatch(costs.classes(), "the accumulator", k));
    }
    BigDecimal[] n = new BigDecimal[counts.length];
    for (int cell = 0; cell < n.length; cell++) {
      n[cell] = BigDecimal.valueOf(counts[cell]);
    }
    return NetBenefit.compute(costs, n, amounts, rows);
  }

  private long addAmount(long sum, long amount, int cell, long index) {
    try {
      return Math.addExact(sum, amount);
    } catch (ArithmeticException e) {
      throw overflow(cell, "at amounts[" + index + "] = " + amount, e);
    }
  }

  private ArithmeticException overflow(int cell, String where, ArithmeticException cause) {
    ArithmeticException e =
        new ArithmeticException(CostMessages.amountSumOverflows(cell / k, cell % k, where));
    e.initCause(cause);
    return e;
  }

  private void checkClass(String argument, long index, int value) {
    if (value < 0 || value >= k) {
      throw new IllegalArgumentException(CostMessages.notAClassIndex(argument, index, value, k));
    }
  }

  private static void requireSameLength(int truthLength, String other, int otherLength) {
    if (truthLength != otherLength) {
      throw new IllegalArgumentException(
          CostMessages.lengthMismatch(truthLength, other, otherLength));
    }
  }
}
