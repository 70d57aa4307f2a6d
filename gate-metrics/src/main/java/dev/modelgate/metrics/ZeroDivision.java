package dev.modelgate.metrics;

/**
 * The value a metric takes when it is undefined because its numerator and denominator are both
 * zero: scikit-learn's {@code zero_division} argument.
 *
 * <p>For example the precision of a class that was never predicted is 0/0. scikit-learn's default,
 * {@code zero_division="warn"}, returns 0.0 with a warning, as {@link #ZERO} does without one.
 * Each metric of {@link ClassificationMetrics} documents which of its ratios can be 0/0. A gate
 * that must never pass on an undefined value chooses {@link #NAN}: {@code NaN} fails every
 * comparison.
 *
 * <p>Immutable and thread-safe.
 */
public enum ZeroDivision {

  /** 0/0 is 0.0: {@code zero_division=0}, and what {@code zero_division="warn"} returns. */
  ZERO(0.0),

  /** 0/0 is 1.0: {@code zero_division=1}. */
  ONE(1.0),

  /**
   * 0/0 is {@code NaN}, and averages over classes leave {@code NaN} classes out: {@code
   * zero_division=np.nan}, as documented since scikit-learn 1.3. An average whose classes are all
   * {@code NaN} is {@code NaN}.
   */
  NAN(Double.NaN);

  private final double value;

  ZeroDivision(double value) {
    this.value = value;
  }

  /** The value of 0/0 under this policy: 0.0, 1.0 or {@code NaN}. */
  public double value() {
    return value;
  }

  /** {@code numerator / denominator}, or {@link #value()} when the denominator is 0. */
  public double divide(double numerator, double denominator) {
    return denominator == 0 ? value : numerator / denominator;
  }
}
