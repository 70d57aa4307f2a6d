package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Edge cases that are defined, with the values the documentation gives for them. */
class DefinedEdgesTest {

  @Test
  void should_give_p_value_one_for_every_alternative_without_trials() {
    for (Alternative alternative : Alternative.values()) {
      BinomialResult result = BinomialTest.test(0, 0, 0.2, alternative);

      assertThat(result.pValue()).as(alternative.name()).isEqualTo(1.0);
      assertThat(result.statistic()).as(alternative.name()).isNaN();
    }
  }

  @Test
  void should_not_call_a_canary_worse_in_a_window_without_errors() {
    ErrorRateComparison result = ErrorRateComparison.of(8000, 0, 2000, 0, 0.0);

    assertThat(result.pValue()).isEqualTo(1.0);
    assertThat(result.worseBeyondMargin(0.05)).isFalse();
    assertThat(result.statistic()).isNaN();
  }

  @Test
  void should_hold_the_canary_worse_only_below_the_significance_and_not_on_a_tie() {
    ErrorRateComparison result = ErrorRateComparison.of(8000, 40, 2000, 20, 0.2);

    assertThat(result.worseBeyondMargin(0.05)).isTrue();
    assertThat(result.worseBeyondMargin(0.01)).isFalse();
    assertThat(result.worseBeyondMargin(result.pValue())).isFalse();
  }

  @Test
  void should_give_chi_square_zero_and_p_value_one_when_one_category_is_left() {
    ChiSquareResult result = ChiSquareHomogeneity.test(new long[] {0, 50, 0}, new long[] {0, 20, 0});

    assertThat(result.statistic()).isZero();
    assertThat(result.degreesOfFreedom()).isZero();
    assertThat(result.pValue()).isEqualTo(1.0);
    assertThat(result.droppedCategories()).isEqualTo(2);
  }

  @Test
  void should_give_zero_psi_and_the_stable_tier_for_the_same_proportions() {
    PopulationStability psi = Psi.ofCounts(new long[] {50, 30, 20}, new long[] {5, 3, 2});

    assertThat(psi.value()).isZero();
    assertThat(psi.tier()).isEqualTo(PsiTier.STABLE);
  }

  @Test
  void should_give_d_zero_and_p_value_one_for_identical_samples() {
    KolmogorovSmirnovResult result =
        KolmogorovSmirnov.test(new double[] {1, 2, 3}, new double[] {1, 2, 3});

    assertThat(result.statistic()).isZero();
    assertThat(result.pValue()).isEqualTo(1.0);
  }
}
