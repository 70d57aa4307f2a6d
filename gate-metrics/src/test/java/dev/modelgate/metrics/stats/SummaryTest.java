package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every result says itself in one plain sentence, with the numbers a report needs. */
class SummaryTest {

  @Test
  void should_summarise_psi_with_its_tier() {
    PopulationStability psi = Psi.ofCounts(new long[] {50, 30, 20}, new long[] {40, 30, 30});

    assertThat(psi.summary())
        .isEqualTo("PSI 0.0629 over 3 bins: stable (PSI < 0.1)");
  }

  @Test
  void should_summarise_ks_with_sizes_and_method() {
    KolmogorovSmirnovResult result =
        KolmogorovSmirnov.test(new double[] {1, 2, 3}, new double[] {4, 5, 6});

    assertThat(result.summary())
        .isEqualTo(
            "Kolmogorov–Smirnov D = 1.0000 between 3 reference and 3 comparison scores,"
                + " p = 0.1000 (exact)");
  }

  @Test
  void should_summarise_chi_square_with_dropped_categories() {
    ChiSquareResult result =
        ChiSquareHomogeneity.test(
            Map.of("good", 30L, "bad", 70L, "unknown", 0L),
            Map.of("good", 45L, "bad", 55L));

    assertThat(result.summary())
        .isEqualTo(
            "chi-square = 4.8000 with 1 degree of freedom, p = 0.02846 (1 empty category left"
                + " out)");
  }

  @Test
  void should_summarise_a_yates_corrected_chi_square() {
    ChiSquareResult result =
        ChiSquareHomogeneity.test(
            new long[] {30, 70}, new long[] {45, 55}, ContinuityCorrection.YATES);

    assertThat(result.summary())
        .isEqualTo("chi-square = 4.1813 with 1 degree of freedom (Yates-corrected), p = 0.04087");
  }

  @Test
  void should_summarise_a_binomial_test() {
    BinomialResult result = BinomialTest.test(7, 10, 0.5, Alternative.TWO_SIDED);

    assertThat(result.summary())
        .isEqualTo("7 of 10 (expected share 0.5000), two-sided binomial p = 0.3438");
    assertThat(result.statistic()).isEqualTo(0.7);
  }

  @Test
  void should_summarise_the_error_rate_comparison() {
    ErrorRateComparison result = ErrorRateComparison.of(8000, 40, 2000, 20, 0.2);

    assertThat(result.summary())
        .isEqualTo(
            "canary had 20 of 60 errors with 20.0% of the traffic; with a margin of 20.0% it may"
                + " have 23.1% of them: p = 0.04567");
  }
}
