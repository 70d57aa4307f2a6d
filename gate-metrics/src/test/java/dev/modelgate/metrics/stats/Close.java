package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture tolerance: 1e-9, absolute for numbers up to 1 and relative above (a chi-square
 * statistic of 750 may differ in its 12th digit); p-values additionally relative 1e-9, so that a
 * tail probability of 1e-30 is checked in its own digits, down to 1e-300.
 */
final class Close {

  static final double TOLERANCE = 1e-9;
  private static final double TINY = 1e-300;

  private Close() {}

  static void assertStatistic(double actual, double expected, String what) {
    double bound = TOLERANCE * Math.max(1.0, Math.abs(expected));
    assertThat(Math.abs(actual - expected))
        .as("%s: %s vs expected %s", what, actual, expected)
        .isLessThanOrEqualTo(bound);
  }

  static void assertPValue(double actual, double expected, String what) {
    assertStatistic(actual, expected, what);
    if (Math.abs(expected) < TINY) {
      assertThat(actual).as("%s: %s vs expected %s", what, actual, expected).isLessThan(TINY);
      return;
    }
    assertThat(Math.abs(actual - expected))
        .as("%s relative: %s vs expected %s", what, actual, expected)
        .isLessThanOrEqualTo(TOLERANCE * Math.abs(expected));
  }

  static void assertStatistics(double[] actual, double[] expected, String what) {
    assertThat(actual).as(what + " length").hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertStatistic(actual[i], expected[i], what + "[" + i + "]");
    }
  }
}
