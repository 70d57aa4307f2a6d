package dev.modelgate.metrics.paired;

/**
 * The loops that count rows of (truth, champion, candidate) class indices into the K³ cells of a
 * joint table: the hot path of {@link JointTableAccumulator}.
 *
 * <p>Each loop validates and counts in one pass and either commits every row of its range or
 * leaves the counts as they were and returns {@code false}; the caller then finds the first bad
 * row for the message with {@link #firstInvalid}. Stateless and thread-safe; the arrays passed in
 * are the caller's to guard.
 */
final class JointCounting {

  /** Rows per block of the binary loop: each packed 10-bit field counts at most 1023 rows. */
  private static final int BINARY_BLOCK = 1023;

  private JointCounting() {}

  /**
   * Two classes: the eight cells follow by inclusion–exclusion from the seven sums Σt, Σa, Σb,
   * Σ(t∧a), Σ(t∧b), Σ(a∧b) and Σ(t∧a∧b). They share three ints, 10 bits a field, over blocks of
   * 1023 rows, so the loop body is a few ANDs, shifts and adds that vectorise; an OR of all values
   * shows whether any is outside {0, 1}, and then the garbled sums are thrown away.
   */
  static boolean addBinary(
      int[] truth, int[] champion, int[] candidate, int from, int to, long[] counts) {
    long st = 0;
    long sa = 0;
    long sb = 0;
    long sta = 0;
    long stb = 0;
    long sab = 0;
    long stab = 0;
    int bits = 0;
    for (int block = from; block < to; block += BINARY_BLOCK) {
      int end = Math.min(to, block + BINARY_BLOCK);
      int singles = 0;
      int pairs = 0;
      int triples = 0;
      for (int i = block; i < end; i++) {
        int t = truth[i];
        int a = champion[i];
        int b = candidate[i];
        singles += t + (a << 10) + (b << 20);
        pairs += (t & a) + ((t & b) << 10) + ((a & b) << 20);
        triples += t & a & b;
        bits |= t | a | b;
      }
      st += singles & 1023;
      sa += (singles >>> 10) & 1023;
      sb += singles >>> 20;
      sta += pairs & 1023;
      stb += (pairs >>> 10) & 1023;
      sab += pairs >>> 20;
      stab += triples;
    }
    if ((bits & ~1) != 0) {
      return false;
    }
    long n = (long) to - from;
    // cell index (t·2 + a)·2 + b
    counts[0] += n - st - sa - sb + sta + stb + sab - stab;
    counts[1] += sb - stb - sab + stab;
    counts[2] += sa - sta - sab + stab;
    counts[3] += sab - stab;
    counts[4] += st - sta - stb + stab;
    counts[5] += stb - stab;
    counts[6] += sta - stab;
    counts[7] += stab;
    return true;
  }

  /**
   * Any number of classes: counts straight into {@code counts}, and on a bad row takes back the
   * rows counted so far, which restores the counts exactly because they are integers.
   */
  static boolean addDirect(
      int[] truth, int[] champion, int[] candidate, int from, int to, int k, long[] counts) {
    int last = k - 1;
    int i = from;
    for (; i < to; i++) {
      int t = truth[i];
      int a = champion[i];
      int b = candidate[i];
      if ((t | a | b | (last - t) | (last - a) | (last - b)) < 0) {
        break;
      }
      counts[(t * k + a) * k + b]++;
    }
    if (i == to) {
      return true;
    }
    for (int j = from; j < i; j++) {
      counts[(truth[j] * k + champion[j]) * k + candidate[j]]--;
    }
    return false;
  }

  /** The exception for the first row of {@code [from, to)} with an index outside [0, k). */
  static IllegalArgumentException firstInvalid(
      int[] truth, int[] champion, int[] candidate, int from, int to, int k) {
    for (int i = from; i < to; i++) {
      if (truth[i] < 0 || truth[i] >= k) {
        return PairedRejections.notAClassIndex("truth", i, truth[i], k);
      }
      if (champion[i] < 0 || champion[i] >= k) {
        return PairedRejections.notAClassIndex("champion", i, champion[i], k);
      }
      if (candidate[i] < 0 || candidate[i] >= k) {
        return PairedRejections.notAClassIndex("candidate", i, candidate[i], k);
      }
    }
    throw new AssertionError("no invalid row in [" + from + ", " + to + ")");
  }
}
