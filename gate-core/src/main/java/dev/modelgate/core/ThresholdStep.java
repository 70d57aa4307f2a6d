package dev.modelgate.core;

import dev.modelgate.core.internal.gate.Decimals;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;

/**
 * The second half of {@code require(metric).greaterThan(bound)}: picks the comparison and the
 * bound of a registration check, then returns to the builder it came from.
 *
 * <p>Bounds are exact: a {@code long} or {@link BigDecimal} as is, a {@code double} by its shortest
 * decimal ({@link BigDecimal#valueOf(double)}, so {@code 0.2} is exactly 0.2), a {@code String}
 * as written ({@code "40000.00"}), which keeps money exact. Not thread-safe, like the builder it
 * belongs to.
 *
 * @param <B> the builder that {@code require(metric)} was called on
 */
public final class ThresholdStep<B> {

  private final Metric metric;
  private final Function<Threshold, B> add;

  ThresholdStep(Metric metric, Function<Threshold, B> add) {
    this.metric = Objects.requireNonNull(metric, "metric");
    this.add = add;
  }

  /**
   * Requires the metric strictly above {@code bound}: 41000 &gt; 40000 passes, 39000 fails, the tie
   * 40000 fails.
   */
  public B greaterThan(BigDecimal bound) {
    return add(Comparison.GREATER_THAN, bound);
  }

  /**
   * Requires the metric strictly above {@code bound}: 41000 &gt; 40000 passes, 39000 fails, the tie
   * 40000 fails.
   */
  public B greaterThan(long bound) {
    return greaterThan(BigDecimal.valueOf(bound));
  }

  /**
   * Requires the metric strictly above {@code bound}: 0.21 &gt; 0.20 passes, 0.19 fails, the tie
   * 0.20 fails.
   */
  public B greaterThan(double bound) {
    return greaterThan(Decimals.of(bound, "bound of " + metric.name()));
  }

  /**
   * Requires the metric strictly above the decimal {@code bound}: with "40000.00", 40000.01 passes,
   * 39999.99 fails, the tie fails.
   */
  public B greaterThan(String bound) {
    return greaterThan(Decimals.parse(bound, "bound of " + metric.name()));
  }

  /**
   * Requires the metric at or above {@code bound}: with 0.80, 0.81 passes, 0.79 fails, the tie 0.80
   * passes.
   */
  public B atLeast(BigDecimal bound) {
    return add(Comparison.AT_LEAST, bound);
  }

  /**
   * Requires the metric at or above {@code bound}: with 100, 101 passes, 99 fails, the tie 100
   * passes.
   */
  public B atLeast(long bound) {
    return atLeast(BigDecimal.valueOf(bound));
  }

  /**
   * Requires the metric at or above {@code bound}: with 0.80, 0.81 passes, 0.79 fails, the tie 0.80
   * passes.
   */
  public B atLeast(double bound) {
    return atLeast(Decimals.of(bound, "bound of " + metric.name()));
  }

  /**
   * Requires the metric at or above the decimal {@code bound}: with "0.80", 0.81 passes, 0.79
   * fails, the tie passes.
   */
  public B atLeast(String bound) {
    return atLeast(Decimals.parse(bound, "bound of " + metric.name()));
  }

  /**
   * Requires the metric strictly below {@code bound}: with 0.05, 0.04 passes, 0.06 fails, the tie
   * 0.05 fails.
   */
  public B lessThan(BigDecimal bound) {
    return add(Comparison.LESS_THAN, bound);
  }

  /**
   * Requires the metric strictly below {@code bound}: with 250, 249 passes, 251 fails, the tie 250
   * fails.
   */
  public B lessThan(long bound) {
    return lessThan(BigDecimal.valueOf(bound));
  }

  /**
   * Requires the metric strictly below {@code bound}: with 0.05, 0.04 passes, 0.06 fails, the tie
   * 0.05 fails.
   */
  public B lessThan(double bound) {
    return lessThan(Decimals.of(bound, "bound of " + metric.name()));
  }

  /**
   * Requires the metric strictly below the decimal {@code bound}: with "0.05", 0.04 passes, 0.06
   * fails, the tie fails.
   */
  public B lessThan(String bound) {
    return lessThan(Decimals.parse(bound, "bound of " + metric.name()));
  }

  /**
   * Requires the metric at or below {@code bound}: with 0.05, 0.04 passes, 0.06 fails, the tie 0.05
   * passes.
   */
  public B atMost(BigDecimal bound) {
    return add(Comparison.AT_MOST, bound);
  }

  /**
   * Requires the metric at or below {@code bound}: with 250, 249 passes, 251 fails, the tie 250
   * passes.
   */
  public B atMost(long bound) {
    return atMost(BigDecimal.valueOf(bound));
  }

  /**
   * Requires the metric at or below {@code bound}: with 0.05, 0.04 passes, 0.06 fails, the tie 0.05
   * passes.
   */
  public B atMost(double bound) {
    return atMost(Decimals.of(bound, "bound of " + metric.name()));
  }

  /**
   * Requires the metric at or below the decimal {@code bound}: with "0.05", 0.04 passes, 0.06
   * fails, the tie passes.
   */
  public B atMost(String bound) {
    return atMost(Decimals.parse(bound, "bound of " + metric.name()));
  }

  private B add(Comparison comparison, BigDecimal bound) {
    return add.apply(new Threshold(metric, comparison, Objects.requireNonNull(bound, "bound")));
  }
}
