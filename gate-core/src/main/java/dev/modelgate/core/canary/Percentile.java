package dev.modelgate.core.canary;

/**
 * A latency percentile that a canary check bounds: the median, the 95th or the 99th percentile of
 * a model's request latencies in one window.
 *
 * <p>A {@link dev.modelgate.core.spi.CanaryMetrics} source reports percentiles in {@link
 * dev.modelgate.core.spi.ModelWindowStats#latency()} under the keys {@link #quantile()}: {@code
 * 0.5}, {@code 0.95} and {@code 0.99}.
 */
public enum Percentile {
  /** The median, quantile 0.5. */
  P50(0.5),
  /** The 95th percentile, quantile 0.95. */
  P95(0.95),
  /** The 99th percentile, quantile 0.99. */
  P99(0.99);

  private final double quantile;

  Percentile(double quantile) {
    this.quantile = quantile;
  }

  /** The quantile, such as {@code 0.99}: the key of this percentile in a source's latency map. */
  public double quantile() {
    return quantile;
  }

  /** The name reports use, such as {@code p99}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
