package dev.modelgate.metrics.stats;

import java.util.Arrays;

/**
 * The exception for each kind of bad or insufficient input in this package, one factory per
 * reason, so that every message comes from one rule and names the argument, the index and the
 * value.
 *
 * <p>Stateless and thread-safe.
 */
final class Rejections {

  private Rejections() {}

  /** {@code reference[3] = NaN is not a finite score}. */
  static IllegalArgumentException notAFiniteScore(String argument, int index, double value) {
    return new IllegalArgumentException(
        argument + "[" + index + "] = " + value + " is not a finite score");
  }

  /** {@code canary[2] = -1 is not a count >= 0}. */
  static IllegalArgumentException notACount(String argument, String index, long value) {
    return new IllegalArgumentException(
        argument + "[" + index + "] = " + value + " is not a count >= 0");
  }

  /** {@code n = -1 is not a count >= 0}. */
  static IllegalArgumentException notACount(String argument, long value) {
    return new IllegalArgumentException(argument + " = " + value + " is not a count >= 0");
  }

  /** {@code k = 7 is more than n = 5}. */
  static IllegalArgumentException moreThan(String argument, long value, String limit, long max) {
    return new IllegalArgumentException(
        argument + " = " + value + " is more than " + limit + " = " + max);
  }

  /** {@code champion has 3 categories but canary has 2}. */
  static IllegalArgumentException lengthMismatch(
      String argument, int length, String other, int otherLength, String what) {
    return new IllegalArgumentException(
        argument + " has " + length + " " + what + " but " + other + " has " + otherLength);
  }

  /** {@code p = 1.5 is not a probability in [0, 1]}. */
  static IllegalArgumentException notAProbability(String argument, double value) {
    return new IllegalArgumentException(
        argument + " = " + value + " is not a probability in [0, 1]");
  }

  /** {@code canaryShare = 1.0 is not a traffic share in (0, 1)}. */
  static IllegalArgumentException notAShare(String argument, double value) {
    return new IllegalArgumentException(
        argument + " = " + value + " is not a traffic share in (0, 1)");
  }

  /** {@code significance = 0.0 is not a level in (0, 1)}. */
  static IllegalArgumentException notALevel(double value) {
    return new IllegalArgumentException("significance = " + value + " is not a level in (0, 1)");
  }

  /** {@code margin = -0.1 is not a finite margin >= 0}. */
  static IllegalArgumentException notAMargin(double value) {
    return new IllegalArgumentException("margin = " + value + " is not a finite margin >= 0");
  }

  /** {@code bins = 1 is not a number of bins >= 2}. */
  static IllegalArgumentException notBins(int bins) {
    return new IllegalArgumentException("bins = " + bins + " is not a number of bins >= 2");
  }

  /** {@code q = 1.5 is not a quantile in [0, 1]}. */
  static IllegalArgumentException notAQuantile(double q) {
    return new IllegalArgumentException("q = " + q + " is not a quantile in [0, 1]");
  }

  /** {@code psi = NaN is not a PSI >= 0}. */
  static IllegalArgumentException notAPsi(double psi) {
    return new IllegalArgumentException("psi = " + psi + " is not a PSI >= 0");
  }

  /** {@code n = 3000000000 is more than 2147483647, the most trials ...}. */
  static IllegalArgumentException tooManyTrials(long n) {
    return new IllegalArgumentException(
        "n = " + n + " is more than " + Integer.MAX_VALUE
            + ", the most trials the binomial distribution supports");
  }

  /** {@code upperBounds[0] = NaN is not a bound}. */
  static IllegalArgumentException notABound(int index, double value) {
    return new IllegalArgumentException(
        "upperBounds[" + index + "] = " + value + " is not a bound");
  }

  /** {@code upperBounds[1] = 0.5 is not greater than upperBounds[0] = 0.5}. */
  static IllegalArgumentException notIncreasing(int index, double value, double previous) {
    return new IllegalArgumentException(
        "upperBounds[" + index + "] = " + value + " is not greater than upperBounds["
            + (index - 1) + "] = " + previous);
  }

  /** {@code cumulativeCounts[2] = 3 is less than cumulativeCounts[1] = 5: ...}. */
  static IllegalArgumentException decreasing(int index, long value, long previous) {
    return new IllegalArgumentException(
        "cumulativeCounts[" + index + "] = " + value + " is less than cumulativeCounts["
            + (index - 1) + "] = " + previous + ": cumulative counts never decrease");
  }

  /** {@code a histogram needs at least one bucket}. */
  static IllegalArgumentException noBuckets() {
    return new IllegalArgumentException("a histogram needs at least one bucket");
  }

  /** {@code reference and comparison histograms have different upper bounds: [..] and [..]}. */
  static IllegalArgumentException differentBounds(double[] bounds, double[] otherBounds) {
    return new IllegalArgumentException(
        "reference and comparison histograms have different upper bounds: "
            + Arrays.toString(bounds) + " and " + Arrays.toString(otherBounds));
  }

  /** {@code multiples[0] = 1.0 is not a finite rate-ratio multiple > 1}. */
  static IllegalArgumentException notAMultiple(int index, double value) {
    return new IllegalArgumentException(
        "multiples[" + index + "] = " + value + " is not a finite rate-ratio multiple > 1");
  }

  /** {@code weights[2] = 0.0 is not a finite weight > 0}. */
  static IllegalArgumentException notAWeight(int index, double value) {
    return new IllegalArgumentException(
        "weights[" + index + "] = " + value + " is not a finite weight > 0");
  }

  /** {@code a mixture needs at least one alternative}. */
  static IllegalArgumentException noAlternatives() {
    return new IllegalArgumentException("a mixture needs at least one alternative");
  }

  /** {@code alpha = 0.0 is not a false-alarm rate in (0, 1)}. */
  static IllegalArgumentException notAnAlpha(double value) {
    return new IllegalArgumentException("alpha = " + value + " is not a false-alarm rate in (0, 1)");
  }

  /**
   * {@code reference has 1 score: a two-sample Kolmogorov–Smirnov test needs at least 2 scores in
   * each sample}.
   */
  static InsufficientDataException tooFew(String argument, long size, String unit, String need) {
    return new InsufficientDataException(
        argument + " has " + size + " " + unit + (size == 1 ? "" : "s") + ": " + need);
  }
}
