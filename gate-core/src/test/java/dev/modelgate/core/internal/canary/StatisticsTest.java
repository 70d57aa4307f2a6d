package dev.modelgate.core.internal.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The canary's statistics seam against SciPy 1.x: {@code binom.sf} of the canary's share of
 * errors, {@code ks_2samp} and {@code chi2_contingency(correction=False)}.
 */
class StatisticsTest {

  @Test
  void should_test_the_canarys_share_of_errors_as_a_binomial_tail() {
    assertThat(Statistics.errorRatePValue(1600, 16, 400, 4, 0)).isCloseTo(0.5885511380434311, within(1e-12));
    assertThat(Statistics.errorRatePValue(1600, 16, 400, 16, 0))
        .isCloseTo(1.4359483263857393e-4, Percentage.withPercentage(1e-6));
    assertThat(Statistics.errorRatePValue(8000, 40, 2000, 20, 0.2)).isCloseTo(0.0457, within(5e-5));
    assertThat(Statistics.errorRatePValue(1600, 0, 400, 0, 0)).isEqualTo(1.0);
  }

  @Test
  void should_find_the_kolmogorov_smirnov_distance_and_scipys_exact_p_value() {
    double[] a = new double[1000];
    double[] b = new double[800];
    double[] far = new double[800];
    for (int i = 0; i < a.length; i++) {
      a[i] = i * 0.001;
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = 0.06 + i * 0.00125;
      far[i] = 0.05 + i * 0.001;
    }

    Statistics.Test near = Statistics.kolmogorovSmirnov(a, b);
    Statistics.Test distant = Statistics.kolmogorovSmirnov(a, far);

    assertThat(near.statistic()).isCloseTo(0.061, within(1e-9));
    assertThat(near.pValue()).isCloseTo(0.07033091345362324, Percentage.withPercentage(1e-6));
    assertThat(distant.statistic()).isCloseTo(0.15, within(1e-9));
    assertThat(distant.pValue()).isCloseTo(3.5022093156317216e-09, Percentage.withPercentage(1e-6));
    assertThat(Statistics.kolmogorovSmirnov(a, a).pValue()).isEqualTo(1.0);
  }

  @Test
  void should_test_homogeneity_of_class_counts_as_scipy_does_without_correction() {
    Statistics.Test test = Statistics.chiSquare(new long[] {10, 20, 30, 0}, new long[] {15, 25, 20, 0});

    assertThat(test.statistic()).isCloseTo(3.5555555555555554, within(1e-9));
    assertThat(test.degreesOfFreedom()).isEqualTo(2);
    assertThat(test.pValue()).isCloseTo(0.16901331540606607, within(1e-9));
    assertThat(Statistics.chiSquare(new long[] {5, 0}, new long[] {7, 0}).pValue()).isEqualTo(1.0);
  }

  @Test
  void should_compute_psi_of_counts_and_floor_empty_bins() {
    assertThat(Statistics.psiOfCounts(new long[] {500, 500}, new long[] {700, 300}))
        .isCloseTo(0.16945957207744072, within(1e-12));
    assertThat(Statistics.psiOfCounts(new long[] {10, 0}, new long[] {10, 0})).isZero();
    assertThat(Statistics.psiOfCounts(new long[] {10, 0}, new long[] {5, 5}))
        .isCloseTo((0.5 - 1) * Math.log(0.5) + (0.5 - 1e-4) * (Math.log(0.5) - Math.log(1e-4)), within(1e-12));
  }

  @Test
  void should_give_zero_psi_to_the_same_scores_and_a_large_one_to_shifted_scores() {
    double[] scores = new double[1000];
    double[] shifted = new double[1000];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = i / 1000.0;
      shifted[i] = i / 2000.0;
    }

    assertThat(Statistics.psiOfScores(scores, scores)).isZero();
    assertThat(Statistics.psiOfScores(scores, shifted)).isGreaterThan(0.25);
  }

  @Test
  void should_refuse_data_it_cannot_judge() {
    assertThatThrownBy(() -> Statistics.kolmogorovSmirnov(new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Statistics.chiSquare(new long[] {0, 0}, new long[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
