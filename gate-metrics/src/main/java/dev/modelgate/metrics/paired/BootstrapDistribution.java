package dev.modelgate.metrics.paired;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bootstrap distribution of a statistic: its value on the observed data, its values on B
 * resamples, and the jackknife acceleration, from which {@link #interval} computes percentile and
 * BCa intervals at any level without resampling again.
 *
 * <p><b>Undefined values.</b> A statistic may be NaN on some resamples (0/0 under {@code
 * ZeroDivision.NAN}, say). Then no interval is defined: both bounds are NaN, so that a gate asking
 * for a lower bound above zero fails closed, and {@link #undefinedResamples()} says how many were.
 * BCa is also undefined (NaN) when the estimate lies below or above every resample (z₀ infinite) or
 * the acceleration is so large that a shifted level leaves (0, 1). When every jackknife value is
 * equal the acceleration is 0/0 and taken as 0.
 *
 * <p><b>Containing the estimate.</b> With few rows a bootstrap distribution can be so lopsided that
 * its central quantiles miss the observed value. The bounds are then widened to the estimate, so
 * an interval never excludes what was observed; this only ever makes a gate stricter.
 *
 * <p>Immutable and thread-safe.
 */
public final class BootstrapDistribution {

  private final double estimate;
  private final double[] defined;
  private final int undefined;
  private final double acceleration;
  private final long seed;

  /**
   * A distribution of {@code values} (copied) around {@code estimate} with the given jackknife
   * acceleration, from resamples drawn with {@code seed}.
   */
  BootstrapDistribution(double estimate, double[] values, double acceleration, long seed) {
    double[] kept = new double[values.length];
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        kept[n++] = v;
      }
    }
    this.estimate = estimate;
    this.defined = n == kept.length ? kept : Arrays.copyOf(kept, n);
    this.undefined = values.length - n;
    this.acceleration = acceleration;
    this.seed = seed;
  }

  /** The statistic on the observed data. */
  public double estimate() {
    return estimate;
  }

  /** B, the number of resamples. */
  public int resamples() {
    return defined.length + undefined;
  }

  /** How many resamples gave NaN. */
  public int undefinedResamples() {
    return undefined;
  }

  /** The seed the resamples were drawn with. */
  public long seed() {
    return seed;
  }

  /** The jackknife acceleration a of BCa; NaN if a jackknife value was NaN. */
  public double acceleration() {
    return acceleration;
  }

  /**
   * The bias correction z₀ of BCa: Φ⁻¹ of the share of resamples below the estimate, resamples
   * equal to it counted half; 0 when the estimate is the median. NaN when a value is undefined.
   */
  public double biasCorrection() {
    if (undefined > 0 || Double.isNaN(estimate)) {
      return Double.NaN;
    }
    int below = 0;
    int atOrBelow = 0;
    for (double v : defined) {
      below += v < estimate ? 1 : 0;
      atOrBelow += v <= estimate ? 1 : 0;
    }
    return StrictNormal.inverse((below + (double) atOrBelow) / (2.0 * defined.length));
  }

  /** The resampled values in ascending order, NaN ones left out; a sorted copy. */
  public double[] values() {
    double[] sorted = defined.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  /** The standard deviation of the resampled values (denominator B − 1); NaN if undefined. */
  public double standardError() {
    if (undefined > 0 || defined.length < 2) {
      return Double.NaN;
    }
    double mean = 0;
    for (double v : defined) {
      mean += v;
    }
    mean /= defined.length;
    double squares = 0;
    for (double v : defined) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / (defined.length - 1));
  }

  /**
   * The two-sided interval at {@code confidence} by {@code method}, {@link
   * IntervalMethod#PERCENTILE} or {@link IntervalMethod#BCA}.
   *
   * @throws IllegalArgumentException if the confidence is not in (0, 1) or the method is {@link
   *     IntervalMethod#STUDENT_T}, which is not a bootstrap method
   */
  public ConfidenceInterval interval(double confidence, IntervalMethod method) {
    Objects.requireNonNull(method, "method");
    if (!(confidence > 0 && confidence < 1)) {
      throw PairedRejections.notALevel(confidence);
    }
    if (method == IntervalMethod.STUDENT_T) {
      throw PairedRejections.notABootstrapMethod(method);
    }
    double alpha = 1 - confidence;
    double lowLevel = alpha / 2;
    double highLevel = 1 - alpha / 2;
    if (method == IntervalMethod.BCA) {
      lowLevel = bcaLevel(lowLevel);
      highLevel = bcaLevel(highLevel);
    }
    if (undefined > 0 || Double.isNaN(estimate) || Double.isNaN(lowLevel + highLevel)) {
      return new ConfidenceInterval(estimate, Double.NaN, Double.NaN, confidence, method);
    }
    double[] work = defined.clone();
    double lower = Math.min(OrderStatistics.quantile(work, lowLevel), estimate);
    double upper = Math.max(OrderStatistics.quantile(work, highLevel), estimate);
    return new ConfidenceInterval(estimate, lower, upper, confidence, method);
  }

  /** Φ(z₀ + (z₀ + z) / (1 − a(z₀ + z))) for z = Φ⁻¹(level); NaN where BCa is undefined. */
  private double bcaLevel(double level) {
    double z0 = biasCorrection();
    double z = z0 + StrictNormal.inverse(level);
    double denominator = 1 - acceleration * z;
    if (Double.isInfinite(z0) || !(denominator > 0)) {
      return Double.NaN;
    }
    return StrictNormal.cdf(z0 + z / denominator);
  }
}
