package dev.modelgate.metrics.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The mixing distribution of a {@link BinomialEProcess}: a finite set of alternatives, each a
 * multiple {@code c > 1} of the rate ratio at the boundary of the null hypothesis, with a weight.
 *
 * <p>The alternatives are rate ratios, not shares of events: "the canary errs {@code c} times as
 * often as the null hypothesis allows" means the same thing at every traffic share, so one mixture
 * serves every window of a run, however the traffic moves between steps. The weights are fixed
 * before the first observation and sum to 1, which is what keeps the mixture of likelihood ratios
 * a test supermartingale.
 *
 * <p>{@link #defaults()} spreads equal weight over the multiples 1.25, 1.5, 2, 3, 5 and 10. Its
 * e-value is never less than a sixth of the likelihood ratio of any one alternative, so against a
 * doubled error rate it needs at most log 6 ≈ 1.8 nats more evidence than a test tuned to exactly
 * 2, and it still catches a canary that is 25 % or ten times worse.
 *
 * <p>Immutable and thread-safe.
 */
public final class RateRatioMixture {

  private static final RateRatioMixture DEFAULTS =
      of(new double[] {1.25, 1.5, 2, 3, 5, 10}, new double[] {1, 1, 1, 1, 1, 1});

  private final double[] multiples;
  private final double[] weights;

  private RateRatioMixture(double[] multiples, double[] weights) {
    this.multiples = multiples;
    this.weights = weights;
  }

  /** Equal weight on the multiples 1.25, 1.5, 2, 3, 5 and 10 of the null boundary's rate ratio. */
  public static RateRatioMixture defaults() {
    return DEFAULTS;
  }

  /**
   * A mixture of the alternatives {@code multiples}, weighted by {@code weights} divided by their
   * sum.
   *
   * @param multiples each alternative's rate ratio as a multiple of the null boundary's, finite and
   *     greater than 1
   * @param weights each alternative's weight, finite and greater than 0; they need not sum to 1
   * @throws IllegalArgumentException if the arrays are empty or differ in length, a multiple is not
   *     above 1, or a weight is not positive
   */
  public static RateRatioMixture of(double[] multiples, double[] weights) {
    Objects.requireNonNull(multiples, "multiples");
    Objects.requireNonNull(weights, "weights");
    if (multiples.length == 0) {
      throw Rejections.noAlternatives();
    }
    if (multiples.length != weights.length) {
      throw Rejections.lengthMismatch(
          "multiples", multiples.length, "weights", weights.length, "alternatives");
    }
    double sum = 0;
    for (int i = 0; i < multiples.length; i++) {
      if (!(multiples[i] > 1) || Double.isInfinite(multiples[i])) {
        throw Rejections.notAMultiple(i, multiples[i]);
      }
      if (!(weights[i] > 0) || Double.isInfinite(weights[i])) {
        throw Rejections.notAWeight(i, weights[i]);
      }
      sum += weights[i];
    }
    double[] normalised = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      normalised[i] = weights[i] / sum;
    }
    return new RateRatioMixture(multiples.clone(), normalised);
  }

  /** The number of alternatives. */
  public int size() {
    return multiples.length;
  }

  /** The alternatives' multiples of the null boundary's rate ratio; a copy. */
  public double[] multiples() {
    return multiples.clone();
  }

  /** The alternatives' weights, summing to 1; a copy. */
  public double[] weights() {
    return weights.clone();
  }

  double multiple(int i) {
    return multiples[i];
  }

  double weight(int i) {
    return weights[i];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RateRatioMixture that
        && Arrays.equals(multiples, that.multiples)
        && Arrays.equals(weights, that.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(multiples) + Arrays.hashCode(weights);
  }

  /** {@code RateRatioMixture[1.25×: 0.167, 1.5×: 0.167, …]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RateRatioMixture[");
    for (int i = 0; i < multiples.length; i++) {
      text.append(i == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%s×: %.3g", multiples[i], weights[i]));
    }
    return text.append(']').toString();
  }
}
