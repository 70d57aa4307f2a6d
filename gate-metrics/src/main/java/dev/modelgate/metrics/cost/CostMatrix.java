package dev.modelgate.metrics.cost;

import dev.modelgate.metrics.LabelDictionary;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.Objects;

/**
 * A cost matrix: the value of each outcome of a K-class decision in one currency, indexed {@code
 * [truth][predicted]} like a {@link dev.modelgate.metrics.ConfusionMatrix}. Gains are positive,
 * losses negative.
 *
 * <p>Each cell holds a fixed value per row and a rate per unit of the row's amount (zero unless
 * {@link #withRates set}): a row of true class {@code t} predicted as {@code p} is worth {@code
 * value(t, p) + rate(t, p) × amount}. Rates model example-dependent money, such as the loan amount
 * lost on a missed default.
 *
 * <p>Example, German credit with labels sorted as {@code [Bad, Good]} and positive {@code Bad}
 * (declined): accepting a bad applicant loses the loan amount, accepting a good one earns 10 % of
 * it, and a decline is worth nothing either way.
 *
 * <pre>{@code
 * LabelDictionary labels = LabelDictionary.of("Bad", "Good");
 * CostMatrix costs =
 *     CostMatrix.binary(BinaryCosts.of("0", "0", "0", "0"), labels, "Bad")
 *         .withRates(BinaryCosts.of("0", "0", "-1", "0.1"))
 *         .withCurrency("DEM");
 * }</pre>
 *
 * <p>The currency (ISO 4217, {@code USD} unless {@link #withCurrency set}) is carried for reports
 * and fixes the unit of per-row amounts: they are counted in its minor unit ({@link
 * #amountScale()} decimal places, cents for USD and EUR). Two matrices are equal when they have the
 * same currency and numerically equal cells ({@code 1.0} equals {@code 1.00}).
 *
 * <p>Immutable and thread-safe.
 */
public final class CostMatrix {

  private static final Currency USD = Currency.getInstance("USD");
  private static final int NOT_BINARY = -1;

  private final int k;
  private final BigDecimal[] values;
  private final BigDecimal[] rates;
  private final int positive;
  private final Currency currency;

  private CostMatrix(int k, BigDecimal[] values, BigDecimal[] rates, int positive, Currency currency) {
    this.k = k;
    this.values = values;
    this.rates = rates;
    this.positive = positive;
    this.currency = currency;
  }

  /**
   * A K×K matrix of fixed values, {@code values[truth][predicted]}, in USD with no rates.
   *
   * @throws IllegalArgumentException if {@code values} is empty or not square (naming the row and
   *     the expected size), or a cell is null
   */
  public static CostMatrix of(BigDecimal[][] values) {
    Objects.requireNonNull(values, "values");
    if (values.length == 0) {
      throw new IllegalArgumentException(CostMessages.noClasses("values"));
    }
    int k = values.length;
    BigDecimal[] cells = cells("values", values, k, "a square matrix");
    return new CostMatrix(k, cells, zeros(k), NOT_BINARY, USD);
  }

  /**
   * A K×K matrix of fixed values given as decimal strings, such as {@code {{"0", "-1"}, {"-5",
   * "0"}}}.
   *
   * @throws IllegalArgumentException as {@link #of(BigDecimal[][])}, and naming the cell whose
   *     text is not a decimal number
   */
  public static CostMatrix of(String[][] values) {
    Objects.requireNonNull(values, "values");
    BigDecimal[][] parsed = new BigDecimal[values.length][];
    for (int t = 0; t < values.length; t++) {
      String[] row = values[t];
      if (row == null) {
        throw new IllegalArgumentException(CostMessages.mustNotBeNull("values[" + t + "]"));
      }
      parsed[t] = new BigDecimal[row.length];
      for (int p = 0; p < row.length; p++) {
        String name = "values[" + t + "][" + p + "]";
        if (row[p] == null) {
          throw new IllegalArgumentException(CostMessages.mustNotBeNull(name));
        }
        parsed[t][p] = BinaryCosts.parse(name, row[p]);
      }
    }
    return of(parsed);
  }

  /**
   * A 2×2 matrix with the binary values placed by the index of the positive class: {@code tp} at
   * {@code [positive][positive]}, {@code fp} at {@code [negative][positive]}, {@code fn} at {@code
   * [positive][negative]} and {@code tn} at {@code [negative][negative]}.
   *
   * <p>Labels are often sorted, for example {@code [Bad, Good]} with positive {@code Bad}: then
   * {@code positive} is 0, not 1.
   *
   * @throws IllegalArgumentException if {@code positive} is not 0 or 1
   */
  public static CostMatrix binary(BinaryCosts values, int positive) {
    Objects.requireNonNull(values, "values");
    if (positive != 0 && positive != 1) {
      throw new IllegalArgumentException(CostMessages.notAClassIndex("positive", positive, 2));
    }
    return new CostMatrix(2, place(values, positive), zeros(2), positive, USD);
  }

  /**
   * A 2×2 matrix with the binary values placed at the index of the {@code positive} label.
   *
   * @throws IllegalArgumentException if there are not exactly 2 labels or {@code positive} is not
   *     one of them
   */
  public static CostMatrix binary(BinaryCosts values, LabelDictionary labels, String positive) {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(positive, "positive");
    if (labels.size() != 2) {
      throw new IllegalArgumentException(CostMessages.notBinary("labels " + labels.labels(), labels.size()));
    }
    return binary(values, labels.indexOf(positive));
  }

  /**
   * This matrix with a rate per unit of amount in each cell, {@code rates[truth][predicted]};
   * replaces any earlier rates.
   *
   * @throws IllegalArgumentException if {@code rates} is not K×K (naming the row and the expected
   *     size) or a cell is null
   */
  public CostMatrix withRates(BigDecimal[][] rates) {
    Objects.requireNonNull(rates, "rates");
    String why = "the classes of the cost matrix";
    if (rates.length != k) {
      throw new IllegalArgumentException(CostMessages.wrongRows("rates", rates.length, k, why));
    }
    return new CostMatrix(k, values, cells("rates", rates, k, why), positive, currency);
  }

  /**
   * This binary matrix with binary rates, placed by the positive class it was {@link
   * #binary(BinaryCosts, int) made} with.
   *
   * @throws IllegalArgumentException if this matrix was not made by {@code binary}
   */
  public CostMatrix withRates(BinaryCosts rates) {
    Objects.requireNonNull(rates, "rates");
    if (positive == NOT_BINARY) {
      throw new IllegalArgumentException(CostMessages.ratesNeedPositive());
    }
    return new CostMatrix(k, values, place(rates, positive), positive, currency);
  }

  /**
   * This matrix in another currency, given by its ISO 4217 code such as {@code "EUR"}. The values
   * are not converted: the currency names their unit.
   *
   * @throws IllegalArgumentException if the code is not ISO 4217 or the currency has no minor unit
   *     (such as {@code XAU}, gold)
   */
  public CostMatrix withCurrency(String code) {
    Objects.requireNonNull(code, "code");
    Currency c;
    try {
      c = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(CostMessages.unknownCurrency(code), e);
    }
    if (c.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException(CostMessages.noMinorUnit(c));
    }
    return new CostMatrix(k, values, rates, positive, c);
  }

  /** The number of classes K. */
  public int classes() {
    return k;
  }

  /** The fixed value of a row of true class {@code truth} predicted as {@code predicted}. */
  public BigDecimal value(int truth, int predicted) {
    return values[index(truth, predicted)];
  }

  /** The value per unit of amount of a row of true class {@code truth} predicted as {@code predicted}. */
  public BigDecimal rate(int truth, int predicted) {
    return rates[index(truth, predicted)];
  }

  /** Whether any cell has a non-zero rate, so that net benefit needs per-row amounts. */
  public boolean hasRates() {
    for (BigDecimal r : rates) {
      if (r.signum() != 0) {
        return true;
      }
    }
    return false;
  }

  /** The currency of the values and of per-row amounts. */
  public Currency currency() {
    return currency;
  }

  /** The decimal places of one minor unit of the currency: per-row amounts are counted in it. */
  public int amountScale() {
    return currency.getDefaultFractionDigits();
  }

  private int index(int truth, int predicted) {
    Objects.checkIndex(truth, k);
    Objects.checkIndex(predicted, k);
    return truth * k + predicted;
  }

  private static BigDecimal[] cells(String argument, BigDecimal[][] rows, int k, String why) {
    BigDecimal[] cells = new BigDecimal[k * k];
    for (int t = 0; t < k; t++) {
      BigDecimal[] row = rows[t];
      if (row == null || row.length != k) {
        int columns = row == null ? 0 : row.length;
        throw new IllegalArgumentException(CostMessages.wrongColumns(argument, t, columns, k, why));
      }
      for (int p = 0; p < k; p++) {
        if (row[p] == null) {
          String name = argument + "[" + t + "][" + p + "]";
          throw new IllegalArgumentException(CostMessages.mustNotBeNull(name));
        }
        cells[t * k + p] = row[p];
      }
    }
    return cells;
  }

  private static BigDecimal[] place(BinaryCosts costs, int positive) {
    int negative = 1 - positive;
    BigDecimal[] cells = new BigDecimal[4];
    cells[positive * 2 + positive] = costs.tp();
    cells[negative * 2 + positive] = costs.fp();
    cells[positive * 2 + negative] = costs.fn();
    cells[negative * 2 + negative] = costs.tn();
    return cells;
  }

  private static BigDecimal[] zeros(int k) {
    BigDecimal[] cells = new BigDecimal[k * k];
    Arrays.fill(cells, BigDecimal.ZERO);
    return cells;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CostMatrix other
        && k == other.k
        && currency.equals(other.currency)
        && Decimals.sameValues(values, other.values)
        && Decimals.sameValues(rates, other.rates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(k, currency, Decimals.hash(values), Decimals.hash(rates));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CostMatrix[").append(currency.getCurrencyCode());
    sb.append(", values ").append(Decimals.toString(values, k));
    if (hasRates()) {
      sb.append(", rates ").append(Decimals.toString(rates, k));
    }
    return sb.append(']').toString();
  }
}
