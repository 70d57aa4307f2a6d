package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreBadInputTest {

  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double[] SCORES = {0.1, 0.4, 0.35, 0.8};

  @Test
  void should_name_index_and_value_of_a_nan_reference_score_in_ks() {
    assertThatThrownBy(() -> KolmogorovSmirnov.test(new double[] {0.1, Double.NaN, 0.3}, SCORES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference[1] = NaN is not a finite score");
  }

  @Test
  void should_name_index_and_value_of_an_infinite_comparison_score_in_ks() {
    assertThatThrownBy(() -> KolmogorovSmirnov.test(SCORES, new double[] {INF, 0.2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comparison[0] = Infinity is not a finite score");
  }

  @Test
  void should_name_index_and_value_of_a_nan_score_in_psi() {
    assertThatThrownBy(() -> Psi.ofScores(SCORES, new double[] {0.2, 0.3, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comparison[2] = NaN is not a finite score");
  }

  @Test
  void should_refuse_fewer_than_two_psi_bins() {
    assertThatThrownBy(() -> Psi.ofScores(SCORES, SCORES, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bins = 1 is not a number of bins >= 2");
  }

  @Test
  void should_refuse_histograms_with_different_bounds() {
    CumulativeHistogram reference =
        CumulativeHistogram.of(new double[] {0.1, 0.5, INF}, new long[] {1, 2, 3});
    CumulativeHistogram comparison =
        CumulativeHistogram.of(new double[] {0.1, 1.0, INF}, new long[] {1, 2, 3});
    String message =
        "reference and comparison histograms have different upper bounds:"
            + " [0.1, 0.5, Infinity] and [0.1, 1.0, Infinity]";

    assertThatThrownBy(() -> Psi.ofHistograms(reference, comparison))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> KolmogorovSmirnov.bucketedStatistic(reference, comparison))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void should_refuse_an_undefined_psi_tier() {
    assertThatThrownBy(() -> PsiTier.of(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("psi = NaN is not a PSI >= 0");
    assertThatThrownBy(() -> PsiTier.of(-0.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("psi = -0.01 is not a PSI >= 0");
  }
}
