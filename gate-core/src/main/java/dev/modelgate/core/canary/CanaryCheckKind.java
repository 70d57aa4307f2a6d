package dev.modelgate.core.canary;

/**
 * What a {@link CanaryCheckResult} checked, and so what its observed value and bound mean.
 */
public enum CanaryCheckKind {
  /** The canary's error rate against {@link CanaryChecks#maxErrorRate()}; observed is the rate. */
  MAX_ERROR_RATE,
  /**
   * The canary's error rate against the champion's ({@link ErrorRateComparison}); observed is the
   * canary's rate, champion the champion's, bound the significance, pValue the binomial test's.
   */
  ERROR_RATE_VS_CHAMPION,
  /** A latency percentile against {@link LatencyBound#maxMillis()}; values in milliseconds. */
  MAX_LATENCY,
  /**
   * A latency percentile against {@link LatencyBound#maxRatio()} times the champion's; observed and
   * champion in milliseconds, bound the ratio.
   */
  LATENCY_VS_CHAMPION,
  /** The predictions' PSI against {@link PsiBound#max()}; observed is the PSI. */
  PSI,
  /**
   * The scores' two-sample Kolmogorov–Smirnov test ({@link KsBound}); observed is D, pValue the
   * test's.
   */
  KOLMOGOROV_SMIRNOV,
  /**
   * The class rates' chi-square test of homogeneity ({@link ChiSquareBound}); observed is the
   * statistic, bound the smallest p-value, pValue the test's.
   */
  CHI_SQUARE,
  /**
   * The canary's share of the errors so far against its traffic share, by the anytime-valid
   * sequential test ({@link SequentialErrorRate}); observed is the e-value after the window, bound
   * 1/α, pValue the anytime-valid p-value {@code min(1, 1/largest e-value)}. Observed stops at
   * 10<sup>15</sup> (or 1/α if larger) and pValue at its inverse; the reason shows the e-value whole.
   */
  ERROR_RATE_SEQUENTIAL,
  /**
   * The canary's share of the requests over the SLO so far against its traffic share ({@link
   * SequentialLatency}); observed, bound and pValue as for {@link #ERROR_RATE_SEQUENTIAL}.
   */
  LATENCY_SEQUENTIAL;

  /** Whether the check is a sequential test, whose evidence spans windows and steps. */
  public boolean sequential() {
    return this == ERROR_RATE_SEQUENTIAL || this == LATENCY_SEQUENTIAL;
  }
}
