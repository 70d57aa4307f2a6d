package dev.modelgate.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The value of one metric in an evaluation: an exact decimal, or undefined (a 0/0, NaN).
 *
 * <p>Values are decimals so that comparisons are exact: money keeps its cents, and a {@code
 * double} is taken by its shortest decimal representation ({@link BigDecimal#valueOf(double)}),
 * which preserves the order of doubles. An undefined value never passes a check.
 */
public final class MetricValue {

  private static final MetricValue UNDEFINED = new MetricValue(null);

  private final @Nullable BigDecimal value;

  private MetricValue(@Nullable BigDecimal value) {
    this.value = value;
  }

  /** An exact value. */
  public static MetricValue of(BigDecimal value) {
    return new MetricValue(Objects.requireNonNull(value, "value"));
  }

  /**
   * The value of a double; NaN gives {@link #undefined()}.
   *
   * @throws IllegalArgumentException if {@code value} is infinite
   */
  public static MetricValue of(double value) {
    if (Double.isNaN(value)) {
      return UNDEFINED;
    }
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("metric value " + value + " is not finite");
    }
    return new MetricValue(BigDecimal.valueOf(value));
  }

  /** The undefined value (0/0, NaN). */
  public static MetricValue undefined() {
    return UNDEFINED;
  }

  /** Whether the value is defined (not NaN). */
  public boolean isDefined() {
    return value != null;
  }

  /**
   * The exact value.
   *
   * @throws IllegalStateException if the value is undefined
   */
  public BigDecimal value() {
    if (value == null) {
      throw new IllegalStateException("metric value is undefined (NaN)");
    }
    return value;
  }

  /** The value as a double, NaN when undefined. */
  public double toDouble() {
    return value == null ? Double.NaN : value.doubleValue();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MetricValue other)) {
      return false;
    }
    if (value == null || other.value == null) {
      return value == other.value;
    }
    return value.compareTo(other.value) == 0;
  }

  @Override
  public int hashCode() {
    return value == null ? 0 : value.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return value == null ? "NaN" : value.toPlainString();
  }
}
