package dev.modelgate.metrics.stats;

/**
 * The check of a confidence level, shared by the intervals of this package so that a bad level is
 * refused with one message everywhere.
 *
 * <p>Stateless and thread-safe.
 */
final class Levels {

  private Levels() {}

  /**
   * Refuses a confidence level outside (0, 1): {@code confidence = 1.0 is not a level in (0, 1)}.
   */
  static void confidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "confidence = " + confidence + " is not a level in (0, 1)");
    }
  }
}
