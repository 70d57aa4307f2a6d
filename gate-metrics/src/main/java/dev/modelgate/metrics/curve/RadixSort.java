package dev.modelgate.metrics.curve;

/**
 * Sorts scores as {@code long} keys by least-significant-digit radix sort: one pass counts all
 * eight byte digits, then one stable scatter pass per digit, skipping digits that every key shares.
 * Linear in the number of keys whatever their values or ties; several times faster than {@code
 * Arrays.sort(double[])} on ten million scores.
 *
 * <p>{@link #key(double)} maps a score to a {@code long} whose signed order is the score's numeric
 * order; {@link #score(long)} maps it back. Stateless and thread-safe.
 */
final class RadixSort {

  private static final int DIGITS = 8;
  private static final int RADIX = 256;

  private RadixSort() {}

  /** The key of a score that is not {@code NaN} and not {@code -0.0}: signed order is numeric. */
  static long key(double score) {
    long bits = Double.doubleToRawLongBits(score);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  /** The score of {@code key}: the inverse of {@link #key(double)}. */
  static double score(long key) {
    return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
  }

  /** Sorts {@code keys[from, to)} in signed order, using {@code scratch[from, to)}. */
  static void sort(long[] keys, long[] scratch, int from, int to) {
    int[] counts = histogram(keys, from, to);
    long[] src = keys;
    long[] dst = scratch;
    for (int d = 0; d < DIGITS; d++) {
      int[] next = offsets(counts, d, keys, from, to);
      if (next == null) {
        continue;
      }
      int shift = 8 * d;
      int flip = d == DIGITS - 1 ? 0x80 : 0;
      for (int i = from; i < to; i++) {
        long x = src[i];
        dst[next[((int) (x >>> shift) & 0xFF) ^ flip]++] = x;
      }
      long[] swap = src;
      src = dst;
      dst = swap;
    }
    if (src != keys) {
      System.arraycopy(src, from, keys, from, to - from);
    }
  }

  /** Sorts {@code keys[from, to)} and moves {@code values[from, to)} with them. */
  static void sort(long[] keys, double[] values, long[] keyScratch, double[] valueScratch,
      int from, int to) {
    int[] counts = histogram(keys, from, to);
    long[] srcKeys = keys;
    long[] dstKeys = keyScratch;
    double[] srcValues = values;
    double[] dstValues = valueScratch;
    for (int d = 0; d < DIGITS; d++) {
      int[] next = offsets(counts, d, keys, from, to);
      if (next == null) {
        continue;
      }
      int shift = 8 * d;
      int flip = d == DIGITS - 1 ? 0x80 : 0;
      for (int i = from; i < to; i++) {
        long x = srcKeys[i];
        int at = next[((int) (x >>> shift) & 0xFF) ^ flip]++;
        dstKeys[at] = x;
        dstValues[at] = srcValues[i];
      }
      long[] swapKeys = srcKeys;
      srcKeys = dstKeys;
      dstKeys = swapKeys;
      double[] swapValues = srcValues;
      srcValues = dstValues;
      dstValues = swapValues;
    }
    if (srcKeys != keys) {
      System.arraycopy(srcKeys, from, keys, from, to - from);
      System.arraycopy(srcValues, from, values, from, to - from);
    }
  }

  /** counts[d * 256 + b]: how many keys have byte b as digit d (the top digit's sign flipped). */
  private static int[] histogram(long[] keys, int from, int to) {
    int[] counts = new int[DIGITS * RADIX];
    for (int i = from; i < to; i++) {
      long x = keys[i] ^ Long.MIN_VALUE;
      for (int d = 0; d < DIGITS; d++) {
        counts[d * RADIX + ((int) (x >>> (8 * d)) & 0xFF)]++;
      }
    }
    return counts;
  }

  /** Where each bucket of digit d starts, or null when all keys share that digit (a no-op pass). */
  private static int[] offsets(int[] counts, int d, long[] keys, int from, int to) {
    if (to - from < 2) {
      return null;
    }
    int shared = (int) ((keys[from] ^ Long.MIN_VALUE) >>> (8 * d)) & 0xFF;
    if (counts[d * RADIX + shared] == to - from) {
      return null;
    }
    int[] next = new int[RADIX];
    int at = from;
    for (int b = 0; b < RADIX; b++) {
      next[b] = at;
      at += counts[d * RADIX + b];
    }
    return next;
  }
}
