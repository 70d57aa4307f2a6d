package dev.modelgate.metrics.curve;

/**
 * What a ratio is when its denominator is zero, as scikit-learn's {@code zero_division} argument.
 *
 * <p>At the thresholds of a {@link ThresholdCurve} the only such ratio is recall when the data
 * holds no positive row (of positive weight): precision's denominator is never zero there, because
 * every threshold is the score of at least one row, which that threshold predicts positive, and F1
 * is computed as {@code 2·TP / (2·TP + FP + FN)}, whose denominator is then never zero either.
 * Above every score ({@link ThresholdCurve#atThreshold(double)}) nothing is predicted positive and
 * precision is 0/0 too. The default is {@link #ZERO}, as scikit-learn's {@code precision_score}
 * and {@code recall_score}; choose {@link #NAN} when undefined must show, since no gate passes on
 * {@code NaN}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ZeroDivision {
  /** 0/0 is 0: scikit-learn's default ({@code zero_division="warn"} or {@code 0}). */
  ZERO(0.0),
  /** 0/0 is 1: scikit-learn's {@code zero_division=1}. */
  ONE(1.0),
  /** 0/0 is {@code NaN}: undefined, which never passes a gate. */
  NAN(Double.NaN);

  private final double value;

  ZeroDivision(double value) {
    this.value = value;
  }

  /** The value a ratio takes when its denominator is zero. */
  public double value() {
    return value;
  }

  /** {@code numerator / denominator}, or {@link #value()} when the denominator is zero. */
  double divide(double numerator, double denominator) {
    return denominator == 0 ? value : numerator / denominator;
  }
}
