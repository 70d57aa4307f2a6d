package dev.modelgate.metrics.cost;

import dev.modelgate.metrics.ConfusionMatrix;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Net benefit: the money a model's decisions make or lose on a test set, {@code Σ over cells of
 * value × count + rate × amount}, with the contribution of every cell so that a report can explain
 * where the money came from.
 *
 * <p>The total is exact: counts and amounts are integers (or, for a weighted confusion matrix, the
 * exact binary value of each double cell), values and rates are decimals, and nothing is rounded.
 * Only {@link #scaledTo} rounds, once, to the currency's minor unit.
 *
 * <p>Example, German credit (positive {@code Bad}; TP 0, FP 0, FN −500, TN +100) on a 200-row test
 * set: declining when P(Bad) &gt; 1/6 gives TP 52, FP 66, FN 12, TN 70, so net benefit = −500 × 12 +
 * 100 × 70 = +1,000; declining when P(Bad) &gt; 0.5 gives TP 31, FP 17, FN 33, TN 119, so −4,600.
 *
 * <p>Net benefit is undefined without rows: every factory refuses an empty test set rather than
 * return 0, so that a gate never passes on absent data. Two net benefits are equal when their rows,
 * currency and cells are equal, decimals compared numerically. Immutable and thread-safe.
 */
public final class NetBenefit {

  private final int k;
  private final BigDecimal total;
  private final long rows;
  private final BigDecimal count;
  private final Currency currency;
  private final List<CellContribution> cells;

  private NetBenefit(
      int k,
      BigDecimal total,
      long rows,
      BigDecimal count,
      Currency currency,
      List<CellContribution> cells) {
    this.k = k;
    this.total = total;
    this.rows = rows;
    this.count = count;
    this.currency = currency;
    this.cells = cells;
  }

  /**
   * The net benefit of the counts of a confusion matrix, without per-row amounts. A weighted
   * matrix's cells (sums of double weights) enter exactly as {@code new BigDecimal(double)}: a
   * weight sum of 0.1 counts as 0.1000000000000000055511151231257827…, not as 0.1.
   *
   * @throws IllegalArgumentException if the shapes differ ("cost matrix is 2×2 but the confusion
   *     matrix has 3 classes"), the cost matrix has rates (which need amounts: use a {@link
   *     NetBenefitAccumulator}), or the matrix has no rows or no weight
   */
  public static NetBenefit of(ConfusionMatrix matrix, CostMatrix costs) {
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(costs, "costs");
    int k = costs.classes();
    if (matrix.classes() != k) {
      throw new IllegalArgumentException(
          CostMessages.shapeMismatch(k, "the confusion matrix", matrix.classes()));
    }
    if (costs.hasRates()) {
      throw new IllegalArgumentException(CostMessages.ratesWithoutAmounts());
    }
    BigDecimal[] counts = new BigDecimal[k * k];
    for (int t = 0; t < k; t++) {
      for (int p = 0; p < k; p++) {
        counts[t * k + p] = new BigDecimal(matrix.count(t, p));
      }
    }
    return compute(costs, counts, new long[k * k], matrix.rows());
  }

  /**
   * The net benefit of rows given as class indices with their amounts in minor units of the cost
   * matrix's currency (cents for USD; see {@link Amounts#parse} for decimal text).
   *
   * @throws IllegalArgumentException if the arrays are empty or differ in length, or hold an index
   *     outside {@code [0, K)}; the message names the argument, the index and the value
   * @throws ArithmeticException if the amounts of one cell overflow a {@code long}
   */
  public static NetBenefit of(int[] truth, int[] predicted, long[] amounts, CostMatrix costs) {
    Objects.requireNonNull(costs, "costs");
    return NetBenefitAccumulator.of(costs.classes()).addAll(truth, predicted, amounts).netBenefit(costs);
  }

  /** The net benefit of cells given as counts and sums of amounts in minor units. */
  static NetBenefit compute(CostMatrix costs, BigDecimal[] counts, long[] amounts, long rows) {
    if (rows == 0) {
      throw new IllegalArgumentException(CostMessages.noRows());
    }
    int k = costs.classes();
    List<CellContribution> cells = new ArrayList<>(k * k);
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal count = BigDecimal.ZERO;
    for (int t = 0; t < k; t++) {
      for (int p = 0; p < k; p++) {
        BigDecimal n = counts[t * k + p];
        BigDecimal amount = BigDecimal.valueOf(amounts[t * k + p], costs.amountScale());
        BigDecimal value = costs.value(t, p).multiply(n).add(costs.rate(t, p).multiply(amount));
        cells.add(new CellContribution(t, p, n, amount, value));
        total = total.add(value);
        count = count.add(n);
      }
    }
    if (count.signum() == 0) {
      throw new IllegalArgumentException(CostMessages.noWeight());
    }
    return new NetBenefit(k, total, rows, count, costs.currency(), List.copyOf(cells));
  }

  /** The exact net benefit on the test set, in {@link #currency()}. */
  public BigDecimal total() {
    return total;
  }

  /** The number of test rows, whatever their weights. */
  public long rows() {
    return rows;
  }

  /** The rows counted in the cells: {@link #rows()}, or their total weight when weighted. */
  public BigDecimal count() {
    return count;
  }

  /** The number of classes K. */
  public int classes() {
    return k;
  }

  /** The currency of the cost matrix. */
  public Currency currency() {
    return currency;
  }

  /** Every cell's contribution, row-major ({@code [0][0], [0][1], …}); unmodifiable. */
  public List<CellContribution> cells() {
    return cells;
  }

  /** The contribution of the rows of true class {@code truth} predicted as {@code predicted}. */
  public CellContribution cell(int truth, int predicted) {
    Objects.checkIndex(truth, k);
    Objects.checkIndex(predicted, k);
    return cells.get(truth * k + predicted);
  }

  /**
   * The net benefit at a production volume: {@code total × volume.rows() / count()}, rounded once
   * to the currency's minor unit with {@link RoundingMode#HALF_EVEN} (to cents for USD).
   *
   * <p>Examples: +1,000 on 200 test rows, per month at 10,000 applications, is exactly +50,000.00;
   * −4,600 is −230,000.00. +1 on 8 rows at a volume of 1 is 0.125, which rounds to 0.12 (to the
   * even cent), while 3 on 8 rows is 0.375, which rounds to 0.38.
   *
   * <p>Compare {@link #total()}s, not scaled values, to rank models on one test set: the rounding
   * can make two different net benefits scale to the same amount.
   */
  public BigDecimal scaledTo(ProductionVolume volume) {
    Objects.requireNonNull(volume, "volume");
    return total
        .multiply(BigDecimal.valueOf(volume.rows()))
        .divide(count, currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
  }

  /**
   * Whether the total is strictly greater than {@code bound}, in this net benefit's currency.
   *
   * <p>Examples with bound 0 ("better than declining everyone"): +1,000 passes, −4,600 fails, and a
   * tie at exactly 0 fails.
   */
  public boolean isGreaterThan(BigDecimal bound) {
    Objects.requireNonNull(bound, "bound");
    return total.compareTo(bound) > 0;
  }

  /**
   * Whether this net benefit is strictly greater than {@code other}'s on the same test set: ties go
   * to {@code other} (the champion).
   *
   * <p>Examples against a champion at +1,000: a candidate at +1,000.01 passes, one at −4,600 fails,
   * and one at exactly +1,000 (even written 1000.00) fails.
   *
   * @throws IllegalArgumentException if the currencies differ, or the row counts differ (different
   *     test sets, so the comparison would compare data rather than models)
   */
  public boolean isGreaterThan(NetBenefit other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(CostMessages.differentCurrencies(currency, other.currency));
    }
    if (rows != other.rows) {
      throw new IllegalArgumentException(CostMessages.differentTestSets(rows, other.rows));
    }
    return total.compareTo(other.total) > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetBenefit other
        && rows == other.rows
        && currency.equals(other.currency)
        && Decimals.sameValue(total, other.total)
        && Decimals.sameValue(count, other.count)
        && cells.equals(other.cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, currency, Decimals.hash(total), Decimals.hash(count), cells);
  }

  @Override
  public String toString() {
    return "NetBenefit[" + total.toPlainString() + " " + currency.getCurrencyCode() + " over "
        + rows + " rows]";
  }
}
