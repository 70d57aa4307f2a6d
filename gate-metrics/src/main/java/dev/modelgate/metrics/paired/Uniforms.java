package dev.modelgate.metrics.paired;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Uniform draws made from the raw 64-bit outputs of a random source by fixed formulas, so that the
 * draws depend only on the generator's algorithm and seed, never on how a library version happens
 * to derive doubles or bounded integers.
 *
 * <p>Stateless and thread-safe; the random source is the caller's.
 */
final class Uniforms {

  private static final double UNIT = 0x1.0p-53;

  private Uniforms() {}

  /** A double in [0, 1): the top 53 bits of one output, times 2<sup>−53</sup>. */
  static double unit(UniformRandomProvider random) {
    return (random.nextLong() >>> 11) * UNIT;
  }

  /**
   * An int in [0, n), without bias: Lemire's multiply-and-shift on the top 32 bits of an output,
   * drawing again in the rare case that would favour some values.
   */
  static int below(UniformRandomProvider random, int n) {
    long bound = n;
    long product = (random.nextLong() >>> 32) * bound;
    long low = product & 0xFFFF_FFFFL;
    if (low < bound) {
      long threshold = (0x1_0000_0000L - bound) % bound;
      while (low < threshold) {
        product = (random.nextLong() >>> 32) * bound;
        low = product & 0xFFFF_FFFFL;
      }
    }
    return (int) (product >>> 32);
  }
}
