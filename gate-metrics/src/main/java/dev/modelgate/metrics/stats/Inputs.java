package dev.modelgate.metrics.stats;

import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The checks every function of this package runs on its input before computing, so that bad input
 * is refused the same way everywhere.
 *
 * <p>Stateless and thread-safe.
 */
final class Inputs {

  private Inputs() {}

  /** A copy of {@code scores}, refused if a score is NaN or infinite. */
  static double[] finiteScores(String argument, double[] scores) {
    Objects.requireNonNull(scores, argument);
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isFinite(scores[i])) {
        throw Rejections.notAFiniteScore(argument, i, scores[i]);
      }
    }
    return scores.clone();
  }

  /** The sum of {@code counts}, refused if a count is negative or the sum overflows. */
  static long total(String argument, long[] counts) {
    Objects.requireNonNull(counts, argument);
    long total = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw Rejections.notACount(argument, Integer.toString(i), counts[i]);
      }
      total = Math.addExact(total, counts[i]);
    }
    return total;
  }

  /** Refuses two per-category arrays of different lengths. */
  static void sameCategories(String argument, long[] counts, String other, long[] otherCounts) {
    Objects.requireNonNull(counts, argument);
    Objects.requireNonNull(otherCounts, other);
    if (counts.length != otherCounts.length) {
      throw Rejections.lengthMismatch(
          argument, counts.length, other, otherCounts.length, "categories");
    }
  }

  /**
   * Two maps of counts by label as two aligned arrays over the sorted union of their labels; a
   * label missing from one map counts 0 there.
   */
  static long[][] aligned(
      String argument, Map<String, Long> counts, String other, Map<String, Long> otherCounts) {
    Objects.requireNonNull(counts, argument);
    Objects.requireNonNull(otherCounts, other);
    TreeSet<String> labels = new TreeSet<>(counts.keySet());
    labels.addAll(otherCounts.keySet());
    long[][] out = new long[2][labels.size()];
    int i = 0;
    for (String label : labels) {
      out[0][i] = count(argument, counts, label);
      out[1][i] = count(other, otherCounts, label);
      i++;
    }
    return out;
  }

  private static long count(String argument, Map<String, Long> counts, String label) {
    if (!counts.containsKey(label)) {
      return 0;
    }
    Long value = counts.get(label);
    if (value == null || value < 0) {
      throw new IllegalArgumentException(
          argument + "[\"" + label + "\"] = " + value + " is not a count >= 0");
    }
    return value;
  }

  /** Refuses a probability outside [0, 1] or NaN. */
  static void probability(String argument, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw Rejections.notAProbability(argument, p);
    }
  }
}
