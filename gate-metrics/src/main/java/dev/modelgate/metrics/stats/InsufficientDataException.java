package dev.modelgate.metrics.stats;

/**
 * The refusal of a statistic that is undefined for the data it was given: an empty sample, a
 * histogram with no observations, a table whose row has no counts.
 *
 * <p>It is an {@link IllegalArgumentException}, so code that treats every bad input alike can, but
 * a canary gate catches it on its own to record the window as inconclusive ("not enough data")
 * rather than as an error. It never stands for a pass.
 *
 * <p>Immutable and thread-safe.
 */
public final class InsufficientDataException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the message that says what was missing.
   *
   * @param message what was missing and what the statistic needs, for example {@code "reference
   *     has 0 scores: a two-sample Kolmogorov–Smirnov test needs at least 2 in each sample"}
   */
  public InsufficientDataException(String message) {
    super(message);
  }
}
