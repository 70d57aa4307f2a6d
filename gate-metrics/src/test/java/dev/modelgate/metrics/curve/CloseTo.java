package dev.modelgate.metrics.curve;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Element-wise comparison at a relative tolerance: {@code |a − e| ≤ tolerance · max(|a|, |e|)},
 * so zeros must be exact, and {@code NaN} matches only {@code NaN}.
 */
final class CloseTo {

  static final double RELATIVE = 1e-12;

  private CloseTo() {}

  static void assertCloseTo(double[] actual, double[] expected, String what) {
    assertThat(actual).as(what + " length").hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertCloseTo(actual[i], expected[i], what + "[" + i + "]");
    }
  }

  static void assertCloseTo(double actual, double expected, String what) {
    if (actual == expected) {
      return;
    }
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      assertThat(actual).as(what).isNaN();
      assertThat(expected).as(what + " expected").isNaN();
      return;
    }
    double bound = RELATIVE * Math.max(Math.abs(actual), Math.abs(expected));
    assertThat(Math.abs(actual - expected))
        .as("%s: %s vs expected %s", what, actual, expected)
        .isLessThanOrEqualTo(bound);
  }
}
