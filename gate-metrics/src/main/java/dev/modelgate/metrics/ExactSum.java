package dev.modelgate.metrics;

import java.util.Arrays;

/**
 * The exact sum of a stream of doubles, read as the correctly rounded (half-even) double: the
 * result does not depend on the order of the additions, nor on how the stream is split and merged.
 *
 * <p>The sum is held as Shewchuk's non-overlapping partials, the algorithm of Python's {@code
 * math.fsum}: each addition is error-free, and non-overlapping doubles span the exponent range in
 * at most about 40 partials, so the state stays small however many values are added. Typical
 * weights need two or three. Not thread-safe.
 */
final class ExactSum {

  private double[] partials = new double[2];
  private int size;
  private boolean overflowed;

  /** Adds {@code value}, which must be finite. */
  void add(double value) {
    double x = value;
    int kept = 0;
    for (int j = 0; j < size; j++) {
      double y = partials[j];
      if (Math.abs(x) < Math.abs(y)) {
        double swap = x;
        x = y;
        y = swap;
      }
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) {
        partials[kept++] = lo;
      }
      x = hi;
    }
    if (Double.isInfinite(x)) {
      overflowed = true;
    }
    if (kept == partials.length) {
      partials = Arrays.copyOf(partials, kept * 2);
    }
    partials[kept] = x;
    size = kept + 1;
  }

  /** Adds a non-negative count exactly, even past 2<sup>53</sup>. */
  void addCount(long count) {
    long high = count & 0xFFFF_FFFF_0000_0000L;
    if (high != 0) {
      add((double) high);
    }
    add((double) (count & 0xFFFF_FFFFL));
  }

  /** Adds the exact sum held by {@code other}, which may be this sum itself. */
  void addAll(ExactSum other) {
    double[] values = Arrays.copyOf(other.partials, other.size);
    overflowed |= other.overflowed;
    for (double value : values) {
      add(value);
    }
  }

  /** Whether the exact sum went past the largest finite double. */
  boolean overflowed() {
    return overflowed;
  }

  /** The exact sum rounded to the nearest double, ties to even. */
  double value() {
    if (overflowed) {
      return Double.POSITIVE_INFINITY;
    }
    int n = size;
    if (n == 0) {
      return 0.0;
    }
    double hi = partials[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) {
        break;
      }
    }
    // Half-even rounding across partials: the rest below lo decides a tie (as CPython's fsum).
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      if (y == x - hi) {
        hi = x;
      }
    }
    return hi;
  }

  /** The number of doubles this sum holds; for tests of the O(1) state claim. */
  int partials() {
    return size;
  }

  /** An independent copy. */
  ExactSum copy() {
    ExactSum copy = new ExactSum();
    copy.partials = partials.clone();
    copy.size = size;
    copy.overflowed = overflowed;
    return copy;
  }
}
