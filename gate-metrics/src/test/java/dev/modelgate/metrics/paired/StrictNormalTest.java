package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class StrictNormalTest {

  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

  @Test
  void should_match_commons_statistics_cdf_to_1e_15_absolute_and_1e_12_relative() {
    for (double x = -40; x <= 40; x += 0.0137) {
      double expected = NORMAL.cumulativeProbability(x);

      assertThat(StrictNormal.cdf(x))
          .as("Φ(%s)", x)
          .isCloseTo(expected, within(Math.min(1e-15, 1e-12 * expected + 1e-300)));
    }
  }

  @Test
  void should_match_commons_statistics_inverse_where_bca_needs_it() {
    for (double p = 1e-12; p < 1; p = p < 0.01 ? p * 1.7 : p + 0.0031) {
      double expected = NORMAL.inverseCumulativeProbability(p);

      assertThat(StrictNormal.inverse(p))
          .as("Φ⁻¹(%s)", p)
          .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
    }
  }

  @Test
  void should_give_the_textbook_values_at_the_usual_levels() {
    assertThat(StrictNormal.inverse(0.975)).isCloseTo(1.959963984540054, within(1e-13));
    assertThat(StrictNormal.inverse(0.5)).isCloseTo(0.0, within(1e-15));
    assertThat(StrictNormal.cdf(0)).isEqualTo(0.5);
  }

  @Test
  void should_map_the_ends_and_nan() {
    assertThat(StrictNormal.inverse(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(StrictNormal.inverse(1)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(StrictNormal.inverse(1.5)).isNaN();
    assertThat(StrictNormal.inverse(Double.NaN)).isNaN();
    assertThat(StrictNormal.cdf(Double.NaN)).isNaN();
    assertThat(StrictNormal.cdf(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(StrictNormal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
  }
}
