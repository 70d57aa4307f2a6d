package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Input from which a statistic is undefined is refused with its own type, never a pass. */
class InsufficientDataTest {

  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double[] SCORES = {0.1, 0.4, 0.35, 0.8};
  private static final String KS_NEEDS =
      "a two-sample Kolmogorov–Smirnov test needs at least 2 scores in each sample";

  @Test
  void should_refuse_ks_of_an_empty_sample() {
    assertThatThrownBy(() -> KolmogorovSmirnov.test(new double[0], SCORES))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("reference has 0 scores: " + KS_NEEDS);
  }

  @Test
  void should_refuse_ks_of_a_one_element_sample() {
    assertThatThrownBy(() -> KolmogorovSmirnov.test(SCORES, new double[] {0.5}))
        .isInstanceOf(InsufficientDataException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comparison has 1 score: " + KS_NEEDS);
  }

  @Test
  void should_refuse_psi_of_an_empty_sample() {
    assertThatThrownBy(() -> Psi.ofScores(new double[0], SCORES))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("reference has 0 scores: PSI needs at least 1 score on each side");
  }

  @Test
  void should_refuse_psi_of_counts_that_are_all_zero() {
    assertThatThrownBy(() -> Psi.ofCounts(new long[] {3, 4}, new long[] {0, 0}))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("comparison has 0 counts: PSI needs at least 1 count on each side");
  }

  @Test
  void should_refuse_psi_and_ks_of_a_histogram_without_observations() {
    double[] bounds = {0.1, INF};
    CumulativeHistogram some = CumulativeHistogram.of(bounds, new long[] {1, 2});
    CumulativeHistogram none = CumulativeHistogram.of(bounds, new long[] {0, 0});

    assertThatThrownBy(() -> Psi.ofHistograms(some, none))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("comparison has 0 observations: PSI needs at least 1 observation on each side");
    assertThatThrownBy(() -> KolmogorovSmirnov.bucketedStatistic(none, some))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage(
            "reference has 0 observations: a bucketed Kolmogorov–Smirnov distance needs at least"
                + " 1 observation in each histogram");
  }

  @Test
  void should_refuse_chi_square_with_an_empty_row() {
    assertThatThrownBy(() -> ChiSquareHomogeneity.test(new long[] {5, 3}, new long[] {0, 0}))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage(
            "canary has 0 counts: a chi-square test of homogeneity needs counts in both rows");
  }

  @Test
  void should_refuse_error_rates_of_a_model_without_requests() {
    assertThatThrownBy(() -> ErrorRateComparison.of(1000, 5, 0, 0, 0.1))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("canary has 0 requests: comparing error rates needs requests on both models");
  }
}
