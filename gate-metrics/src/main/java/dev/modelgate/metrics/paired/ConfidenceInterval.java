package dev.modelgate.metrics.paired;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A two-sided confidence interval for a statistic, usually the difference candidate − champion of
 * a metric, with its point estimate.
 *
 * <p>A gate that wants confidence in an improvement asks {@link #lowerBoundAbove(double)}: the
 * whole interval must lie strictly above the required improvement. Examples with bound 0: [0.004,
 * 0.031] passes, [−0.012, 0.020] fails, and [0.0, 0.015] (a tie at the bound) fails. An undefined
 * interval (NaN bounds, see {@link BootstrapDistribution}) never passes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param estimate the statistic on the observed data
 * @param lower the lower bound, or NaN when undefined
 * @param upper the upper bound, or NaN when undefined
 * @param confidence the confidence level, in (0, 1)
 * @param method how the bounds were computed
 */
public record ConfidenceInterval(
    double estimate, double lower, double upper, double confidence, IntervalMethod method) {

  /** Checks the values: a level in (0, 1), and lower ≤ upper unless a bound is NaN. */
  public ConfidenceInterval {
    Objects.requireNonNull(method, "method");
    if (!(confidence > 0 && confidence < 1)) {
      throw PairedRejections.notALevel(confidence);
    }
    if (lower > upper) {
      throw new IllegalArgumentException(
          "lower = " + lower + " is greater than upper = " + upper);
    }
  }

  /** Whether both bounds are numbers. */
  public boolean defined() {
    return !Double.isNaN(lower) && !Double.isNaN(upper);
  }

  /** Whether {@code value} lies within the bounds, both included; false when undefined. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /**
   * Whether the lower bound is strictly greater than {@code bound}; false when undefined.
   *
   * <p>Examples with bound 0: lower 0.004 passes, −0.012 fails, exactly 0.0 fails.
   */
  public boolean lowerBoundAbove(double bound) {
    return lower > bound;
  }

  /** The interval in one phrase, for example {@code "-0.02870 [-0.05266, -0.005815] (95% BCa)"}. */
  public String summary() {
    return String.format(
        Locale.ROOT, "%.4g [%.4g, %.4g] (%s%% %s)", estimate, lower, upper,
        BigDecimal.valueOf(confidence).movePointRight(2).stripTrailingZeros().toPlainString(),
        switch (method) {
          case PERCENTILE -> "percentile";
          case BCA -> "BCa";
          case STUDENT_T -> "Student t";
        });
  }
}
