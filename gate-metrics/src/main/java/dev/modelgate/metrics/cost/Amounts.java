package dev.modelgate.metrics.cost;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * Per-row amounts read from decimal text into whole minor units of a currency (cents for USD and
 * EUR, yen for JPY), the form in which {@link NetBenefitAccumulator} sums them exactly.
 *
 * <p>Parsing is exact and never rounds: {@code "1169"} and {@code "1169.00"} are 116,900 cents,
 * {@code "0.1"} is 10 cents and {@code "12.300"} is 1,230 cents (trailing zeros are fine), but
 * {@code "12.345"} is refused in USD because it is not a whole number of cents. The currency
 * declares the scale: parse in a currency with more decimal places (such as {@code BHD}, 3) to keep
 * finer amounts. Amounts may be negative.
 *
 * <p>Stateless and thread-safe.
 */
public final class Amounts {

  private Amounts() {}

  /**
   * The amounts in minor units of {@code currency}, one per text; surrounding blanks are ignored.
   *
   * <p>Example: {@code Amounts.parse(Currency.getInstance("USD"), "1169", "99.95", "-0.5")} is
   * {@code [116900, 9995, -50]}.
   *
   * @throws IllegalArgumentException naming the index and the text of the first amount that is
   *     null, not a decimal number, finer than the currency's minor unit, or too large for a {@code
   *     long} of minor units
   */
  public static long[] parse(Currency currency, String... decimals) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(decimals, "decimals");
    int scale = currency.getDefaultFractionDigits();
    if (scale < 0) {
      throw new IllegalArgumentException(CostMessages.noMinorUnit(currency));
    }
    long[] minorUnits = new long[decimals.length];
    for (int i = 0; i < decimals.length; i++) {
      String argument = "amounts[" + i + "]";
      String text = decimals[i];
      if (text == null) {
        throw new IllegalArgumentException(CostMessages.mustNotBeNull(argument));
      }
      BigDecimal amount = BinaryCosts.parse(argument, text);
      if (amount.stripTrailingZeros().scale() > scale) {
        throw new IllegalArgumentException(CostMessages.tooManyDecimals(argument, text, currency));
      }
      try {
        minorUnits[i] = amount.movePointRight(scale).longValueExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(CostMessages.amountTooLarge(argument, text, currency), e);
      }
    }
    return minorUnits;
  }
}
