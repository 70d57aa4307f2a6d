package dev.modelgate.metrics.stats;

/**
 * The alternative hypothesis of a test: which departures from the null hypothesis count as
 * evidence, as SciPy's {@code alternative} argument.
 *
 * <p>Immutable and thread-safe.
 */
public enum Alternative {

  /** Departures either way: SciPy's {@code 'two-sided'}. */
  TWO_SIDED,

  /** Only a larger value than the null hypothesis says: SciPy's {@code 'greater'}. */
  GREATER,

  /** Only a smaller value than the null hypothesis says: SciPy's {@code 'less'}. */
  LESS
}
