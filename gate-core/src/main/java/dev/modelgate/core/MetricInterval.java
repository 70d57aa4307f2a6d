package dev.modelgate.core;

import java.util.Objects;

/**
 * A two-sided confidence interval for one metric of one model, or for the difference between the
 * two models, as a verdict reports it: the estimate on the observed rows and the bounds, exact
 * decimals of the computed doubles, or undefined (NaN) where the metric or its interval is.
 *
 * <p>Example: accuracy 0.85 of 170 of 200 rows, Wilson at 95%: {@code accuracy 0.85 [0.7939…,
 * 0.8929…]}. Its level and bootstrap settings are those of the {@link PairedIntervals} holding it.
 * An undefined interval never passes anything. Immutable and thread-safe.
 *
 * @param metric the metric
 * @param method how the bounds were computed
 * @param estimate the metric (or the difference) on the observed rows
 * @param lower the lower bound, undefined when the interval is
 * @param upper the upper bound, undefined when the interval is
 */
public record MetricInterval(Metric metric, Method method, MetricValue estimate, MetricValue lower, MetricValue upper) {

  /** How an interval's bounds were computed. */
  public enum Method {
    /** Wilson's score interval for a proportion of rows (accuracy, error rate, precision, recall). */
    WILSON,
    /** The paired bootstrap's percentile interval. */
    PERCENTILE,
    /** The paired bootstrap's bias-corrected and accelerated interval. */
    BCA
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if both bounds are defined and the lower one is above the upper
   */
  public MetricInterval {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (lower.isDefined() && upper.isDefined() && lower.value().compareTo(upper.value()) > 0) {
      throw new IllegalArgumentException(
          "interval of " + metric.name() + ": lower " + lower + " is above upper " + upper);
    }
  }

  /** An interval of doubles; NaN gives undefined values. */
  public static MetricInterval of(Metric metric, Method method, double estimate, double lower, double upper) {
    return new MetricInterval(metric, method, MetricValue.of(estimate), MetricValue.of(lower), MetricValue.of(upper));
  }

  /** Whether both bounds are defined. */
  public boolean defined() {
    return lower.isDefined() && upper.isDefined();
  }

  /** This interval for the opposite difference: estimate and bounds negated, bounds swapped. */
  public MetricInterval negated() {
    return new MetricInterval(metric, method, negate(estimate), negate(upper), negate(lower));
  }

  private static MetricValue negate(MetricValue value) {
    return value.isDefined() ? MetricValue.of(value.value().negate()) : value;
  }

  @Override
  public String toString() {
    return metric.name() + " " + estimate + " [" + lower + ", " + upper + "] (" + method + ")";
  }
}
