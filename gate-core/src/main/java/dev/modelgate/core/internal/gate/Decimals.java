package dev.modelgate.core.internal.gate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Turns the numbers users write (long, double, decimal text) into exact decimals, and decimals
 * into the text that reasons show. Stateless and thread-safe.
 */
public final class Decimals {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Decimals() {}

  /**
   * The exact decimal of a double, by its shortest representation ({@code 0.2} gives {@code 0.2}).
   *
   * @throws IllegalArgumentException naming {@code parameter} when the double is NaN or infinite
   */
  public static BigDecimal of(double value, String parameter) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(parameter + " = " + value + " is not a finite number");
    }
    BigDecimal decimal = BigDecimal.valueOf(value);
    // 1e7 is "1.0E+7" (a negative scale); written plainly it reads back as 10000000, scale 0
    return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
  }

  /**
   * The decimal written in {@code text}, such as {@code "40000.00"}.
   *
   * @throws IllegalArgumentException naming {@code parameter} when the text is not a decimal
   */
  public static BigDecimal parse(String text, String parameter) {
    Objects.requireNonNull(text, parameter);
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          parameter + " = \"" + text + "\" is not a decimal number", e);
    }
  }

  /** The value as written, without exponent: {@code 40000.00} stays {@code 40000.00}. */
  public static String show(BigDecimal value) {
    return value.toPlainString();
  }

  /**
   * A derived value shown with the scale of the value it derives from, or more when it needs more
   * digits: 100.000 derived from 1000.00 shows as {@code 100.00}; 154.250 from 1234 as {@code
   * 154.25}.
   */
  public static String showLike(BigDecimal derived, BigDecimal reference) {
    BigDecimal stripped = derived.stripTrailingZeros();
    int scale = Math.max(stripped.scale(), Math.max(reference.scale(), 0));
    return stripped.setScale(scale).toPlainString();
  }

  /**
   * A fraction as a percentage: {@code 0.1} shows as {@code 10%}, {@code 0.125} as {@code 12.5%}.
   */
  public static String percent(BigDecimal fraction) {
    BigDecimal percent = fraction.multiply(HUNDRED).stripTrailingZeros();
    return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "%";
  }
}
