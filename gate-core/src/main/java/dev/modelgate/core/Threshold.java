package dev.modelgate.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One registration check: a metric of the candidate compared with a fixed bound, such as {@code
 * net_benefit > 40000} or {@code f1 > 0.20}.
 *
 * <p>Example with {@code f1 > 0.20}: 0.21 passes, 0.19 fails, the tie 0.20 fails; with {@code f1 >=
 * 0.20} the tie passes. An undefined (NaN) or missing metric always fails. The bound keeps the
 * scale it was written with ({@code 0.20} is shown as {@code 0.20}); two thresholds are equal when
 * their bounds are written alike. Immutable and thread-safe.
 *
 * @param metric the metric checked
 * @param comparison how the metric is compared with the bound
 * @param bound the bound, exact
 */
public record Threshold(Metric metric, Comparison comparison, BigDecimal bound) {

  /** Checks that no part is null. */
  public Threshold {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(bound, "bound");
  }

  /**
   * Whether the defined value {@code observed} passes this check, exactly: for {@code f1 > 0.20},
   * 0.21 passes, 0.19 fails and the tie 0.20 fails.
   */
  public boolean test(BigDecimal observed) {
    return comparison.test(observed, bound);
  }

  /** The check as a formula, such as {@code f1 > 0.20}. */
  @Override
  public String toString() {
    return metric.name() + " " + comparison.symbol() + " " + bound.toPlainString();
  }
}
