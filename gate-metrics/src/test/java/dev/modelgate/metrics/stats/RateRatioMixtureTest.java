package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The mixing distribution: defaults, normalised weights, value semantics and refusals. */
class RateRatioMixtureTest {

  @Test
  void should_spread_equal_weight_over_six_multiples_by_default() {
    RateRatioMixture mixture = RateRatioMixture.defaults();

    assertThat(mixture.multiples()).containsExactly(1.25, 1.5, 2, 3, 5, 10);
    assertThat(mixture.weights()).containsOnly(1.0 / 6);
    assertThat(mixture.toString())
        .isEqualTo("RateRatioMixture[1.25×: 0.167, 1.5×: 0.167, 2.0×: 0.167, 3.0×: 0.167, 5.0×: 0.167, 10.0×: 0.167]");
  }

  @Test
  void should_normalise_the_weights_and_compare_as_a_value() {
    RateRatioMixture mixture = RateRatioMixture.of(new double[] {2, 4}, new double[] {1, 3});

    assertThat(mixture.weights()).containsExactly(0.25, 0.75);
    assertThat(mixture).isEqualTo(RateRatioMixture.of(new double[] {2, 4}, new double[] {2, 6}))
        .hasSameHashCodeAs(RateRatioMixture.of(new double[] {2, 4}, new double[] {2, 6}))
        .isNotEqualTo(RateRatioMixture.of(new double[] {2, 4}, new double[] {1, 1}));
  }

  @Test
  void should_hand_out_copies() {
    RateRatioMixture mixture = RateRatioMixture.defaults();

    mixture.multiples()[0] = 0;
    mixture.weights()[0] = 0;

    assertThat(mixture.multiples()[0]).isEqualTo(1.25);
    assertThat(mixture.weights()[0]).isEqualTo(1.0 / 6);
  }

  @Test
  void should_refuse_alternatives_that_are_not_worse_than_the_null_and_weights_that_are_not_positive() {
    assertThatThrownBy(() -> RateRatioMixture.of(new double[] {1.0}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("multiples[0] = 1.0 is not a finite rate-ratio multiple > 1");
    assertThatThrownBy(() -> RateRatioMixture.of(new double[] {2, 3}, new double[] {1, 0}))
        .hasMessage("weights[1] = 0.0 is not a finite weight > 0");
    assertThatThrownBy(() -> RateRatioMixture.of(new double[] {2, 3}, new double[] {1}))
        .hasMessage("multiples has 2 alternatives but weights has 1");
    assertThatThrownBy(() -> RateRatioMixture.of(new double[0], new double[0]))
        .hasMessage("a mixture needs at least one alternative");
  }
}
