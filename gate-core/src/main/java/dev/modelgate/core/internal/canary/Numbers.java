package dev.modelgate.core.internal.canary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * How the canary shows and compares its numbers: rates with four decimals, statistics with three,
 * p-values with two significant digits, latencies in exact milliseconds. Stateless and thread-safe.
 */
final class Numbers {

  private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

  private Numbers() {}

  /** {@code errors / requests} with four decimals: 12 of 1000 is {@code 0.0120}. */
  static BigDecimal rate(long errors, long requests) {
    return BigDecimal.valueOf(errors).divide(BigDecimal.valueOf(requests), 4, RoundingMode.HALF_EVEN);
  }

  /** Whether {@code errors / requests <= max}, exactly. */
  static boolean rateAtMost(long errors, long requests, BigDecimal max) {
    return BigDecimal.valueOf(errors).compareTo(max.multiply(BigDecimal.valueOf(requests))) <= 0;
  }

  /** A latency in milliseconds, exact to the nanosecond: 212.5 ms stays {@code 212.5}. */
  static BigDecimal millis(Duration latency) {
    BigDecimal millis = new BigDecimal(latency.toNanos()).movePointLeft(6).stripTrailingZeros();
    return millis.scale() < 0 ? millis.setScale(0) : millis;
  }

  /** A p-value with two significant digits: {@code 0.089}, {@code 0.00014}, {@code 3.2E-7}. */
  static String pValue(double p) {
    return BigDecimal.valueOf(p).round(TWO_DIGITS).toString();
  }

  /** A statistic such as a PSI or a KS distance with three decimals: {@code 0.031}. */
  static String statistic(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * The number whose natural logarithm is {@code log}, to {@code digits} significant digits, even
   * far beyond the range of a double: an e-value of {@code e^2460} is {@code 1.36E+1068}.
   */
  static BigDecimal fromLog(double log, int digits) {
    double log10 = log / Math.log(10);
    double exponent = Math.floor(log10);
    BigDecimal mantissa = BigDecimal.valueOf(Math.pow(10, log10 - exponent));
    return mantissa.round(new MathContext(digits, RoundingMode.HALF_EVEN)).scaleByPowerOfTen((int) exponent);
  }

  /**
   * A number with three significant digits, plainly written from 0.0001 up to a million and in
   * scientific notation beyond: {@code 26.8}, {@code 20}, {@code 0.213}, {@code 3.05E+8}.
   */
  static String threeDigits(BigDecimal value) {
    BigDecimal rounded = value.round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    BigDecimal size = rounded.abs();
    boolean plain = rounded.signum() == 0
        || size.compareTo(new BigDecimal("0.0001")) >= 0 && size.compareTo(BigDecimal.valueOf(1_000_000)) < 0;
    return plain ? rounded.toPlainString() : rounded.toString();
  }

  /** The exact decimal of a finite double. */
  static BigDecimal exact(double value) {
    return BigDecimal.valueOf(value);
  }
}
