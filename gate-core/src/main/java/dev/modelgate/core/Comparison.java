package dev.modelgate.core;

import java.math.BigDecimal;

/**
 * How a registration check compares a metric with its bound. Comparisons are exact ({@link
 * BigDecimal#compareTo}), so {@code 0.20} and {@code 0.2} are equal and no rounding decides a tie.
 * An undefined (NaN) or missing metric passes none of them.
 */
public enum Comparison {
  /**
   * Strictly greater: with bound 0.20, {@code 0.21} passes, {@code 0.19} fails, and the tie {@code
   * 0.20} fails.
   */
  GREATER_THAN(">", "greater than"),
  /**
   * Greater or equal: with bound 0.20, {@code 0.21} passes, {@code 0.19} fails, and the tie {@code
   * 0.20} passes.
   */
  AT_LEAST(">=", "at least"),
  /**
   * Strictly less: with bound 0.05, {@code 0.04} passes, {@code 0.06} fails, and the tie {@code
   * 0.05} fails.
   */
  LESS_THAN("<", "less than"),
  /**
   * Less or equal: with bound 0.05, {@code 0.04} passes, {@code 0.06} fails, and the tie {@code
   * 0.05} passes.
   */
  AT_MOST("<=", "at most");

  private final String symbol;
  private final String words;

  Comparison(String symbol, String words) {
    this.symbol = symbol;
    this.words = words;
  }

  /** The operator as written in formulas: {@code >}, {@code >=}, {@code <}, {@code <=}. */
  public String symbol() {
    return symbol;
  }

  /** The comparison in plain words, as reasons use it: "greater than", "at least", … */
  public String words() {
    return words;
  }

  /**
   * Whether {@code observed} passes this comparison with {@code bound}; see each constant for a
   * passing, a failing and a tie example.
   */
  public boolean test(BigDecimal observed, BigDecimal bound) {
    int c = observed.compareTo(bound);
    switch (this) {
      case GREATER_THAN:
        return c > 0;
      case AT_LEAST:
        return c >= 0;
      case LESS_THAN:
        return c < 0;
      case AT_MOST:
        return c <= 0;
      default:
        throw new AssertionError(this);
    }
  }
}
