package dev.modelgate.metrics.paired;

import dev.modelgate.metrics.cost.CostMatrix;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The per-row difference candidate − champion of a cost matrix's value, in whole units of
 * 10<sup>−S</sup> of its currency: for each cell (t, a, b) a fixed part and a part per minor unit
 * of the row's amount, both exact {@code long}s.
 *
 * <p>Immutable and thread-safe.
 */
final class RowValues {

  /** The most decimals of a unit: 10<sup>18</sup> still fits a {@code long}. */
  private static final int MAX_SCALE = 18;

  private final int k;
  private final int scale;
  private final long[] fixed;
  private final long[] perAmount;

  private RowValues(int k, int scale, long[] fixed, long[] perAmount) {
    this.k = k;
    this.scale = scale;
    this.fixed = fixed;
    this.perAmount = perAmount;
  }

  static RowValues of(CostMatrix costs) {
    int k = costs.classes();
    int amountScale = costs.amountScale();
    BigDecimal[] fixed = new BigDecimal[k * k * k];
    BigDecimal[] rates = new BigDecimal[k * k * k];
    int scale = 0;
    for (int t = 0; t < k; t++) {
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          int c = (t * k + a) * k + b;
          fixed[c] = costs.value(t, b).subtract(costs.value(t, a)).stripTrailingZeros();
          rates[c] = costs.rate(t, b).subtract(costs.rate(t, a)).stripTrailingZeros();
          scale = Math.max(scale, fixed[c].scale());
          if (rates[c].signum() != 0) {
            scale = Math.max(scale, rates[c].scale() + amountScale);
          }
        }
      }
    }
    if (scale > MAX_SCALE) {
      throw new ArithmeticException(
          "the cost matrix's differences need " + scale + " decimals; at most " + MAX_SCALE
              + " are supported");
    }
    long[] fixedUnits = new long[fixed.length];
    long[] rateUnits = new long[rates.length];
    for (int c = 0; c < fixed.length; c++) {
      fixedUnits[c] = units(fixed[c], scale);
      rateUnits[c] = units(rates[c], scale - amountScale);
    }
    return new RowValues(k, scale, fixedUnits, rateUnits);
  }

  private static long units(BigDecimal value, int places) {
    try {
      return value.movePointRight(places).longValueExact();
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "cost difference " + value.toPlainString() + " does not fit a long of units");
    }
  }

  int scale() {
    return scale;
  }

  /** Row {@code index}'s difference in units, its indices checked. */
  long difference(int truth, int champion, int candidate, long amount, long index) {
    checkClass("truth", index, truth);
    checkClass("champion", index, champion);
    checkClass("candidate", index, candidate);
    return unchecked((truth * k + champion) * k + candidate, amount, index);
  }

  /** Every row's difference in units. */
  long[] differences(int[] truth, int[] champion, int[] candidate, long[] amounts) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(champion, "champion");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(amounts, "amounts");
    if (truth.length != champion.length) {
      throw PairedRejections.lengthMismatch(truth.length, "champion", champion.length);
    }
    if (truth.length != candidate.length) {
      throw PairedRejections.lengthMismatch(truth.length, "candidate", candidate.length);
    }
    if (truth.length != amounts.length) {
      throw PairedRejections.lengthMismatch(truth.length, "amounts", amounts.length);
    }
    long[] out = new long[truth.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = difference(truth[i], champion[i], candidate[i], amounts[i], i);
    }
    return out;
  }

  private long unchecked(int cell, long amount, long index) {
    try {
      return Math.addExact(fixed[cell], Math.multiplyExact(perAmount[cell], amount));
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "amounts[" + index + "] = " + amount + " makes row " + index
              + "'s difference overflow a long of 1e-" + scale + " units");
    }
  }

  private void checkClass(String argument, long index, int value) {
    if (value < 0 || value >= k) {
      throw PairedRejections.notAClassIndex(argument, index, value, k);
    }
  }
}
