package dev.modelgate.metrics.paired;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Exact binomial draws from a uniform source, with the same results on every machine.
 *
 * <p>For a mean n·min(p, 1 − p) of at least 10, Hörmann's transformed rejection with squeeze (BTRS,
 * with the second squeeze of his BTRD: W. Hörmann, "The generation of binomial random variates",
 * J. Statist. Comput. Simul. 46, 1993): two uniforms per attempt, about 1.15 attempts per draw
 * whatever n, most draws accepted without a logarithm and nearly all the rest with one. Below
 * that, sequential inversion of the distribution function from 0: one uniform and a handful of
 * multiplications. p above ½ is drawn as n minus a draw with 1 − p.
 *
 * <p>Every transcendental function is {@link StrictMath}'s, whose results the Java specification
 * fixes bit for bit, and Java's double arithmetic is strict, so a draw depends only on the
 * uniforms: the same seed gives the same draws on every JVM and processor.
 *
 * <p>Stateless and thread-safe; the random source is the caller's.
 */
final class BinomialSampler {

  /** Below this mean the inversion is cheaper than the rejection method and exact as well. */
  private static final double INVERSION_MEAN = 10;

  /** δ(k) = ln k! − ((k + ½) ln(k + 1) − (k + 1) + ½ ln 2π), tabulated for k = 0 … 9. */
  private static final double[] STIRLING_TAIL = stirlingTail();

  private BinomialSampler() {}

  /**
   * A draw of Binomial(n, p) for p = {@code successWeight / totalWeight}; 1 − p is taken as
   * {@code (totalWeight − successWeight) / totalWeight}, with no cancellation.
   *
   * @param n the number of trials, 0 ≤ n &lt; 2<sup>53</sup>
   * @param successWeight the weight of a success, 0 ≤ successWeight ≤ totalWeight
   * @param totalWeight the total weight, &gt; 0
   */
  static long sample(UniformRandomProvider random, long n, long successWeight, long totalWeight) {
    if (n == 0 || successWeight == 0) {
      return 0;
    }
    if (successWeight == totalWeight) {
      return n;
    }
    long failureWeight = totalWeight - successWeight;
    boolean flip = successWeight > failureWeight;
    double p = (double) (flip ? failureWeight : successWeight) / totalWeight;
    double q = (double) (flip ? successWeight : failureWeight) / totalWeight;
    long x = sampleAtMostHalf(random, n, p, q);
    return flip ? n - x : x;
  }

  /** A draw of Binomial(n, p) for 0 &lt; p ≤ ½ ≤ q = 1 − p (both given, exactly as computed). */
  static long sampleAtMostHalf(UniformRandomProvider random, long n, double p, double q) {
    if (n == 0) {
      return 0;
    }
    return n * p < INVERSION_MEAN ? inversion(random, n, p, q) : btrs(random, n, p, q);
  }

  /** Sequential search from 0 through the probabilities, restarting past a far bound. */
  private static long inversion(UniformRandomProvider random, long n, double p, double q) {
    double start = StrictMath.exp(n * StrictMath.log1p(-p));
    double mean = n * p;
    long bound = (long) Math.min(n, mean + 10 * Math.sqrt(mean * q + 1));
    double ratio = p / q;
    while (true) {
      double u = Uniforms.unit(random);
      double px = start;
      long x = 0;
      while (u > px && x < bound) {
        u -= px;
        x++;
        px *= ratio * (n - x + 1) / x;
      }
      if (u <= px) {
        return x;
      }
    }
  }

  /**
   * Hörmann's BTRS for p ≤ ½ and n·p ≥ 10. About 86 % of attempts are accepted by the first
   * squeeze with no logarithm; of the rest, most are settled by the second squeeze with one (see
   * {@link #squeezeCenter}), and only the few in its narrow band pay for the exact test's four.
   */
  private static long btrs(UniformRandomProvider random, long n, double p, double q) {
    double count = n;
    double npq = count * p * q;
    double spq = Math.sqrt(npq);
    double b = 1.15 + 2.53 * spq;
    double a = -0.0873 + 0.0248 * b + 0.01 * p;
    double twoA = 2 * a;
    double c = count * p + 0.5;
    double vr = 0.92 - 4.2 / b;
    double m = Math.floor((count + 1) * p);
    double logH = Double.NaN;
    double logR = Double.NaN;
    while (true) {
      double u = Uniforms.unit(random) - 0.5;
      double v = Uniforms.unit(random);
      double us = 0.5 - Math.abs(u);
      double inverseUs = 1 / us; // depends on the uniform only: off the path that waits for n
      double k = Math.floor((twoA * inverseUs + b) * u + c);
      if (us >= 0.07 && v <= vr) {
        return (long) k;
      }
      if (k < 0 || k > count) {
        continue;
      }
      double alpha = (2.83 + 5.1 / b) * spq;
      double logV = StrictMath.log(v * alpha / (a / (us * us) + b));
      double km = Math.abs(k - m);
      if (km <= 0.5 * npq) {
        double center = squeezeCenter(km, npq);
        double radius = squeezeRadius(km, npq);
        if (logV < center - radius) {
          return (long) k;
        }
        if (logV > center + radius) {
          continue;
        }
      }
      if (Double.isNaN(logH)) {
        double r = p / q;
        logR = StrictMath.log(r);
        logH = (m + 0.5) * StrictMath.log((m + 1) / (r * (count - m + 1)))
            + tail(m) + tail(count - m);
      }
      double logRatio = logH
          + (count + 1) * StrictMath.log((count - m + 1) / (count - k + 1))
          + (k + 0.5) * (StrictMath.log((count - k + 1) / (k + 1)) + logR)
          - tail(k) - tail(count - k);
      if (logV <= logRatio) {
        return (long) k;
      }
    }
  }

  /**
   * The center −km² / (2npq) of the band that holds ln(f(k) / f(m)), f the binomial probabilities
   * and m the mode, for km = |k − m| ≤ npq / 2 (Hörmann 1993, algorithm BTRD, step 3.4): a normal
   * approximation of the log ratio with the error bound {@link #squeezeRadius}.
   */
  static double squeezeCenter(double km, double npq) {
    return -km * km / (2 * npq);
  }

  /** The half-width (km / npq)·(((km / 3 + 0.625)·km + 1/6) / npq + ½) of that band. */
  static double squeezeRadius(double km, double npq) {
    return (km / npq) * (((km / 3 + 0.625) * km + 1.0 / 6) / npq + 0.5);
  }

  /** The Stirling series remainder δ(k) of ln k!, tabulated below 10. */
  private static double tail(double k) {
    if (k < STIRLING_TAIL.length) {
      return STIRLING_TAIL[(int) k];
    }
    double k1 = k + 1;
    double k1sq = k1 * k1;
    return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / k1sq) / k1sq) / k1;
  }

  private static double[] stirlingTail() {
    double halfLogTwoPi = 0.5 * StrictMath.log(2 * Math.PI);
    double[] tail = new double[10];
    double logFactorial = 0;
    for (int k = 0; k < tail.length; k++) {
      logFactorial += k == 0 ? 0 : StrictMath.log(k);
      tail[k] = logFactorial - ((k + 0.5) * StrictMath.log(k + 1.0) - (k + 1) + halfLogTwoPi);
    }
    return tail;
  }
}
