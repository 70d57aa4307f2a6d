package dev.modelgate.cli.internal;

/**
 * Recognises numbers as data files write them: an optional sign, digits with an optional decimal
 * point, and an optional exponent ({@code 0.75}, {@code -3}, {@code .5}, {@code 1e-3}). Not {@code
 * NaN}, {@code Infinity}, hex floats, Java's {@code 1d}/{@code 1f} suffixes or surrounding blanks,
 * which {@link Double#parseDouble} would accept.
 *
 * <p>Stateless and thread-safe.
 */
final class DecimalText {

  private DecimalText() {}

  /** Whether {@code text} is a decimal number in the form described above. */
  static boolean isDecimal(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponent = 0;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  /** Whether {@code text} names a non-finite value: NaN or an infinity, in any case, signed. */
  static boolean isNonFinite(String text) {
    String t = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
    return t.equalsIgnoreCase("nan") || t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity");
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
