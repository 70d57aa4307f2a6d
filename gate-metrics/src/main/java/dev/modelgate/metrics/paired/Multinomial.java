package dev.modelgate.metrics.paired;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Multinomial draws over the non-empty cells of a count vector: n trials, each landing in a cell
 * with probability proportional to its count. This is the row bootstrap of a table: drawing n rows
 * with replacement and counting them per cell gives exactly this distribution.
 *
 * <p>A draw is a tree of conditional binomials: the trials are split between the first and the
 * second half of the cells by one Binomial(n, weight of the first half / total weight) draw, and
 * each half is split again the same way until single cells remain. That is the multinomial
 * distribution exactly (each split is the conditional law of one group given the trials of its
 * parent) and costs one binomial draw per non-empty cell but one, whatever n. Each split's
 * probability is a ratio of integer counts, computed once, and each draw is exact ({@link
 * BinomialSampler}).
 *
 * <p>The random source is XoRoShiRo128++ from Apache Commons RNG, its 128-bit state the first two
 * outputs of SplitMix64 started at the seed: a named algorithm and a fixed seed expansion, so a
 * seed gives the same draws on every machine and with every version of the library. Doubles and
 * bounded integers are made from its raw outputs by {@link Uniforms}.
 *
 * <p>Not thread-safe: it holds the random source. Each bootstrap makes its own.
 */
final class Multinomial {

  private final UniformRandomProvider random;
  /** The split nodes in breadth-first order; node 0 holds all cells. */
  private final int[] left;
  private final int[] right;
  /** For a leaf, its cell index; -1 for a split. */
  private final int[] cell;
  /** The probability that a trial of a split goes to its smaller side, and its complement. */
  private final double[] p;
  private final double[] q;
  /** Whether the smaller side is the right one. */
  private final boolean[] flip;
  private final long[] trials;

  /** A sampler over the non-empty entries of {@code weights}, seeded with {@code seed}. */
  Multinomial(long[] weights, long seed) {
    int leaves = 0;
    for (long w : weights) {
      leaves += w > 0 ? 1 : 0;
    }
    int[] cells = new int[leaves];
    long[] prefix = new long[leaves + 1];
    int j = 0;
    for (int c = 0; c < weights.length; c++) {
      if (weights[c] > 0) {
        cells[j] = c;
        prefix[j + 1] = prefix[j] + weights[c];
        j++;
      }
    }
    int nodes = Math.max(1, 2 * leaves - 1);
    left = new int[nodes];
    right = new int[nodes];
    cell = new int[nodes];
    p = new double[nodes];
    q = new double[nodes];
    flip = new boolean[nodes];
    trials = new long[nodes];
    int[] from = new int[nodes];
    int[] to = new int[nodes];
    from[0] = 0;
    to[0] = leaves;
    int next = 1;
    for (int i = 0; i < nodes && leaves > 0; i++) {
      if (to[i] - from[i] == 1) {
        cell[i] = cells[from[i]];
        continue;
      }
      cell[i] = -1;
      int mid = (from[i] + to[i]) >>> 1;
      long smaller = prefix[mid] - prefix[from[i]];
      long larger = prefix[to[i]] - prefix[mid];
      flip[i] = smaller > larger;
      if (flip[i]) {
        long swap = smaller;
        smaller = larger;
        larger = swap;
      }
      double total = prefix[to[i]] - prefix[from[i]];
      p[i] = smaller / total;
      q[i] = larger / total;
      left[i] = next;
      from[next] = from[i];
      to[next++] = mid;
      right[i] = next;
      from[next] = mid;
      to[next++] = to[i];
    }
    if (leaves == 0) {
      cell[0] = -1;
    }
    random = source(seed);
  }

  /** XoRoShiRo128++ with state {@code SplitMix64(seed)} twice. */
  static UniformRandomProvider source(long seed) {
    UniformRandomProvider expansion = RandomSource.SPLIT_MIX_64.create(seed);
    long[] state = {expansion.nextLong(), expansion.nextLong()};
    return RandomSource.XO_RO_SHI_RO_128_PP.create(state);
  }

  /**
   * Writes a draw of {@code trials} trials into {@code out} (zeroed first), by cell index. The
   * splits are drawn level by level, so that draws that do not depend on each other follow each
   * other and the processor can overlap them.
   */
  void draw(long total, long[] out) {
    Arrays.fill(out, 0);
    trials[0] = total;
    for (int i = 0; i < cell.length; i++) {
      long n = trials[i];
      if (cell[i] >= 0) {
        out[cell[i]] = n;
      } else if (cell.length > 1) {
        long x = BinomialSampler.sampleAtMostHalf(random, n, p[i], q[i]);
        long toLeft = flip[i] ? n - x : x;
        trials[left[i]] = toLeft;
        trials[right[i]] = n - toLeft;
      }
    }
  }
}
