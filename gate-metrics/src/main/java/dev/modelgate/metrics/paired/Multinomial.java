package dev.modelgate.metrics.paired;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Multinomial draws over the non-empty cells of a count vector: n trials, each landing in a cell
 * with probability proportional to its count. This is the row bootstrap of a table: drawing n rows
 * with replacement and counting them per cell gives exactly this distribution.
 *
 * <p>A draw is a chain of conditional binomials: the first cell gets Binomial(n, c₁ / N) of the n
 * trials, the next Binomial(n − x₁, c₂ / (N − c₁)) of the rest, and so on, the last cell taking what
 * remains, where N is the sum of the counts. The probabilities are ratios of integer counts, each
 * draw is exact ({@link BinomialSampler}), and the cost is O(non-empty cells) whatever n.
 *
 * <p>The random source is XoRoShiRo128++ from Apache Commons RNG, its 128-bit state the first two
 * outputs of SplitMix64 started at the seed: a named algorithm and a fixed seed expansion, so a
 * seed gives the same draws on every machine and with every version of the library.
 *
 * <p>Not thread-safe: it holds the random source. Each bootstrap makes its own.
 */
final class Multinomial {

  private final UniformRandomProvider random;
  private final int[] cells;
  private final long[] counts;
  private final long total;

  /** A sampler over the non-empty entries of {@code weights}, seeded with {@code seed}. */
  Multinomial(long[] weights, long seed) {
    int nonEmpty = 0;
    for (long w : weights) {
      nonEmpty += w > 0 ? 1 : 0;
    }
    cells = new int[nonEmpty];
    counts = new long[nonEmpty];
    long sum = 0;
    int j = 0;
    for (int c = 0; c < weights.length; c++) {
      if (weights[c] > 0) {
        cells[j] = c;
        counts[j++] = weights[c];
        sum += weights[c];
      }
    }
    total = sum;
    random = source(seed);
  }

  /** XoRoShiRo128++ with state {@code SplitMix64(seed)} twice. */
  static UniformRandomProvider source(long seed) {
    UniformRandomProvider expansion = RandomSource.SPLIT_MIX_64.create(seed);
    long[] state = {expansion.nextLong(), expansion.nextLong()};
    return RandomSource.XO_RO_SHI_RO_128_PP.create(state);
  }

  /** The random source, for draws of other kinds from the same stream. */
  UniformRandomProvider random() {
    return random;
  }

  /** Writes a draw of {@code trials} trials into {@code out} (zeroed first), by cell index. */
  void draw(long trials, long[] out) {
    Arrays.fill(out, 0);
    long remaining = trials;
    long weightLeft = total;
    int last = cells.length - 1;
    for (int j = 0; j < last && remaining > 0; j++) {
      long x = BinomialSampler.sample(random, remaining, counts[j], weightLeft);
      out[cells[j]] = x;
      remaining -= x;
      weightLeft -= counts[j];
    }
    if (last >= 0) {
      out[cells[last]] += remaining;
    }
  }
}
