package dev.modelgate.metrics.cost;

import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * Numeric equality, hashing and printing of decimals for the values of this package: {@code 1.0}
 * and {@code 1.00} are the same amount of money, although {@link BigDecimal#equals} says otherwise.
 *
 * <p>Stateless and thread-safe.
 */
final class Decimals {

  private Decimals() {}

  static boolean sameValue(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }

  static boolean sameValues(BigDecimal[] a, BigDecimal[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!sameValue(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }

  static int hash(BigDecimal value) {
    return value.stripTrailingZeros().hashCode();
  }

  static int hash(BigDecimal[] values) {
    int h = 1;
    for (BigDecimal v : values) {
      h = 31 * h + hash(v);
    }
    return h;
  }

  /** The row-major cells of a K×K matrix as {@code [[a, b], [c, d]]}. */
  static String toString(BigDecimal[] cells, int k) {
    StringJoiner rows = new StringJoiner(", ", "[", "]");
    for (int t = 0; t < k; t++) {
      StringJoiner row = new StringJoiner(", ", "[", "]");
      for (int p = 0; p < k; p++) {
        row.add(cells[t * k + p].toPlainString());
      }
      rows.add(row.toString());
    }
    return rows.toString();
  }
}
