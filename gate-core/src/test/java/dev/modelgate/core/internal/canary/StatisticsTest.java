package dev.modelgate.core.internal.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** The canary's statistics against SciPy 1.x: binom.sf, ks_2samp and chi2_contingency(correction=False). */
class StatisticsTest {

  @Test
  void should_sum_the_upper_tail_of_the_binomial_as_scipy_does() {
    assertThat(Statistics.binomialUpperTail(1, 10, 0.3)).isCloseTo(0.9717524751, within(1e-12));
    assertThat(Statistics.binomialUpperTail(10, 10, 0.3)).isCloseTo(5.9049e-6, Percentage.withPercentage(1e-8));
    assertThat(Statistics.binomialUpperTail(50, 1000, 0.04)).isCloseTo(0.06630587123134754, Percentage.withPercentage(1e-8));
    assertThat(Statistics.binomialUpperTail(300, 1000, 0.25)).isCloseTo(1.935903219490758e-4, Percentage.withPercentage(1e-8));
  }

  @Test
  void should_define_the_edges_of_the_binomial_tail() {
    assertThat(Statistics.binomialUpperTail(0, 0, 0.2)).isEqualTo(1.0);
    assertThat(Statistics.binomialUpperTail(3, 2, 0.2)).isEqualTo(0.0);
    assertThat(Statistics.binomialUpperTail(1, 5, 0.0)).isEqualTo(0.0);
    assertThat(Statistics.binomialUpperTail(1, 5, 1.0)).isEqualTo(1.0);
  }

  @Test
  void should_find_the_kolmogorov_smirnov_distance_exactly_and_its_p_value_close_to_scipys_exact_one() {
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
    assertThat(near.pValue()).isCloseTo(0.07033091345362324, Percentage.withPercentage(3));
    assertThat(distant.statistic()).isCloseTo(0.15, within(1e-9));
    assertThat(distant.pValue()).isCloseTo(3.5022093156317216e-09, Percentage.withPercentage(10));
    assertThat(Statistics.kolmogorovSmirnov(a, a).pValue()).isEqualTo(1.0);
  }

  @Test
  void should_test_homogeneity_of_class_counts_as_scipy_does_without_correction() {
    Statistics.Test test = Statistics.chiSquare(new long[] {10, 20, 30, 0}, new long[] {15, 25, 20, 0});

    assertThat(test.statistic()).isCloseTo(3.5555555555555554, within(1e-12));
    assertThat(test.pValue()).isCloseTo(0.16901331540606607, within(1e-12));
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
  void should_give_zero_psi_to_the_same_scores_and_cut_bins_at_the_reference_deciles() {
    double[] scores = new double[1000];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = i / 1000.0;
    }
    double[] shifted = new double[1000];
    for (int i = 0; i < shifted.length; i++) {
      shifted[i] = i / 2000.0;
    }

    assertThat(Statistics.psiOfScores(scores, scores)).isZero();
    assertThat(Statistics.psiOfScores(scores, shifted)).isGreaterThan(0.25);
  }
}
