package dev.modelgate.metrics.paired;

/**
 * The standard normal distribution function Φ and its inverse, computed with {@link StrictMath} so
 * that the BCa levels, and with them the BCa bounds, are the same bits on every machine.
 *
 * <p>The upper tail Q(x) = 1 − Φ(x), x ≥ 0, is Marsaglia's Taylor series below 3 (½ − φ(x)·(x +
 * x³/3 + x⁵/(3·5) + …), "Evaluating the Normal Distribution", J. Stat. Softw. 11(4), 2004) and
 * Laplace's continued fraction for the Mills ratio from 3 on (φ(x) / (x + 1/(x + 2/(x + 3/(x +
 * …)))), 100 terms evaluated backwards); Φ(−x) = Q(x). Relative error below 1e-12 over the whole
 * range, 1e-15 absolute. The inverse bisects Φ, in the lower half by symmetry, to the last bit it
 * resolves. Both take microseconds, which does not matter for the three evaluations an interval
 * needs.
 *
 * <p>Stateless and thread-safe.
 */
final class StrictNormal {

  /** Beyond this |x|, Φ is 0 or 1 to double precision. */
  private static final double RANGE = 38.5;

  /** Where the continued fraction takes over from the series. */
  private static final double TAIL = 3;

  private static final int FRACTION_TERMS = 100;

  /** ln √(2π). */
  private static final double LOG_SQRT_TWO_PI = 0.91893853320467274178;

  private StrictNormal() {}

  /** Φ(x), the probability that a standard normal is at most x. */
  static double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    return x >= 0 ? 1 - upperTail(x) : upperTail(-x);
  }

  /** Q(x) = 1 − Φ(x) for x ≥ 0. */
  private static double upperTail(double x) {
    if (x >= RANGE) {
      return 0.0;
    }
    double density = StrictMath.exp(-0.5 * x * x - LOG_SQRT_TWO_PI);
    if (x >= TAIL) {
      double fraction = 0;
      for (int k = FRACTION_TERMS; k > 0; k--) {
        fraction = k / (x + fraction);
      }
      return density / (x + fraction);
    }
    double q = x * x;
    double sum = x;
    double term = x;
    double previous = 0;
    for (double i = 1; sum != previous; ) {
      previous = sum;
      i += 2;
      term *= q / i;
      sum = previous + term;
    }
    return Math.max(0.0, 0.5 - sum * density);
  }

  /** Φ<sup>−1</sup>(p): −∞ for 0, +∞ for 1, NaN outside [0, 1]. */
  static double inverse(double p) {
    if (!(p >= 0 && p <= 1)) {
      return Double.NaN;
    }
    if (p > 0.5) {
      return -inverse(1 - p);
    }
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    double lo = -RANGE;
    double hi = 0;
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      if (mid == lo || mid == hi) {
        break;
      }
      if (cdf(mid) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }
}
