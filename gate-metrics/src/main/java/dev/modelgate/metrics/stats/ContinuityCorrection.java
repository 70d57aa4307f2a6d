package dev.modelgate.metrics.stats;

/**
 * Whether a chi-square test of a 2×2 table moves each observed count 0.5 towards its expected
 * count before squaring (Yates' correction), as SciPy's {@code chi2_contingency(correction=…)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ContinuityCorrection {

  /** No correction: SciPy's {@code correction=False}. */
  NONE,

  /**
   * Yates' correction when the table has 1 degree of freedom (two categories left), none
   * otherwise: SciPy's {@code correction=True}, its default. Each observed count moves towards
   * its expected count by 0.5, or by the whole distance when that is smaller. It makes the test
   * more conservative (larger p-values).
   */
  YATES
}
