package dev.modelgate.examples.canary;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What goes wrong in one model server of the local canary, if anything: a share of requests
 * answered with HTTP 500, a share of requests that take longer (a slow code path, which moves the
 * p99 but hardly the median), or a feature the server reads in another unit than the model was
 * trained on (training/serving skew), which shifts the model's decisions. Immutable and
 * thread-safe.
 *
 * @param errorShare the share of requests that fail with HTTP 500, in [0, 1)
 * @param slowShare the share of requests whose simulated service time is multiplied by {@code
 *     slowFactor}, in [0, 1]
 * @param slowFactor the factor on a slow request's service time, at least 1
 * @param skewedFeature the feature the server multiplies by {@code skewFactor} before scoring; null
 *     for none
 * @param skewFactor the factor on the skewed feature; 1 when there is none
 */
record ServingFault(
    double errorShare, double slowShare, double slowFactor, @Nullable String skewedFeature, double skewFactor) {

  /** Checks the numbers. */
  ServingFault {
    if (!(errorShare >= 0 && errorShare < 1) || !(slowShare >= 0 && slowShare <= 1)) {
      throw new IllegalArgumentException(
          "errorShare = " + errorShare + " must be in [0, 1) and slowShare = " + slowShare + " in [0, 1]");
    }
    if (!(slowFactor >= 1) || Double.isInfinite(slowFactor)) {
      throw new IllegalArgumentException("slowFactor = " + slowFactor + " is not a finite factor of at least 1");
    }
    if (!Double.isFinite(skewFactor) || (skewedFeature == null && skewFactor != 1)) {
      throw new IllegalArgumentException("skewFactor = " + skewFactor + " must be finite, and 1 without a skewed feature");
    }
  }

  /** A server that works. */
  static ServingFault none() {
    return new ServingFault(0, 0, 1, null, 1);
  }

  /** A server that answers {@code share} of the requests with HTTP 500. */
  static ServingFault failing(double share) {
    return new ServingFault(share, 0, 1, null, 1);
  }

  /** A server whose {@code share} of the requests take {@code factor} times as long. */
  static ServingFault slower(double share, double factor) {
    return new ServingFault(0, share, factor, null, 1);
  }

  /** A server that multiplies {@code feature} by {@code factor} before scoring. */
  static ServingFault skewed(String feature, double factor) {
    return new ServingFault(0, 0, 1, Objects.requireNonNull(feature, "feature"), factor);
  }

  /**
   * The fault in a few words: "fails 10% of requests with HTTP 500", "10% of requests take 3.0
   * times as long", "multiplies Age by 12", or "none".
   */
  String describe() {
    if (errorShare > 0) {
      return String.format(Locale.ROOT, "fails %.0f%% of requests with HTTP 500", errorShare * 100);
    }
    if (slowShare > 0 && slowFactor > 1) {
      return String.format(Locale.ROOT, "%.0f%% of requests take %.1f times as long", slowShare * 100, slowFactor);
    }
    if (skewedFeature != null) {
      return String.format(Locale.ROOT, "multiplies %s by %s", skewedFeature, new java.math.BigDecimal(Double.toString(skewFactor)).stripTrailingZeros().toPlainString());
    }
    return "none";
  }
}
