package dev.modelgate.metrics.paired;

/**
 * How a {@link ConfidenceInterval} was computed.
 *
 * <p>Immutable and thread-safe.
 */
public enum IntervalMethod {

  /**
   * The bootstrap percentile interval: the α/2 and 1 − α/2 quantiles of the resampled statistic
   * (NumPy's linear interpolation between order statistics, as SciPy's {@code bootstrap} uses).
   */
  PERCENTILE,

  /**
   * The bias-corrected and accelerated bootstrap interval (Efron 1987): the percentile interval at
   * levels shifted by the bias correction z₀ (the normal quantile of the share of resamples below
   * the estimate, ties counted half) and the jackknife acceleration a, as SciPy's {@code
   * bootstrap(method='BCa')} computes them. It corrects the percentile interval's bias and
   * skewness for statistics such as F1 whose distribution is lopsided.
   */
  BCA,

  /**
   * Student's t interval around a mean: estimate ± t<sub>n−1</sub>(1 − α/2) · standard error. For
   * per-row differences it rests on the central limit theorem and is approximate.
   */
  STUDENT_T
}
