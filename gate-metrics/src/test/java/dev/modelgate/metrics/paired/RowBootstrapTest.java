package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelgate.metrics.cost.CostMatrix;
import org.junit.jupiter.api.Test;

/** The row bootstrap of per-row net benefit differences, for small test sets. */
class RowBootstrapTest {

  private static final CostMatrix LOANS = RowDifferencesTest.LOANS;
  private static final PairedBootstrap BOOTSTRAP =
      PairedBootstrap.builder().resamples(2000).build();

  @Test
  void should_center_on_the_exact_total_and_agree_with_the_t_interval_on_a_moderate_test_set() {
    RowDifferencesTest.Loans loans = RowDifferencesTest.Loans.random(8, 2000);

    BootstrapDistribution distribution = distribution(BOOTSTRAP, loans);
    RowDifferences differences =
        RowDifferenceAccumulator.of(LOANS)
            .addAll(loans.truth(), loans.champion(), loans.candidate(), loans.amounts())
            .toDifferences();
    ConfidenceInterval t = differences.interval(0.95);
    ConfidenceInterval percentile = distribution.interval(0.95, IntervalMethod.PERCENTILE);

    assertThat(distribution.estimate()).isEqualTo(differences.total().doubleValue());
    double width = t.upper() - t.lower();
    assertThat(percentile.lower()).isCloseTo(t.lower(), within(0.1 * width));
    assertThat(percentile.upper()).isCloseTo(t.upper(), within(0.1 * width));
    assertThat(distribution.standardError())
        .isCloseTo(Math.sqrt(2000) * differences.standardDeviation(), within(0.1 * width));
  }

  @Test
  void should_repeat_itself_with_the_same_seed() {
    RowDifferencesTest.Loans loans = RowDifferencesTest.Loans.random(9, 300);

    assertThat(distribution(BOOTSTRAP, loans).values())
        .isEqualTo(distribution(BOOTSTRAP, loans).values())
        .isNotEqualTo(distribution(PairedBootstrap.builder().resamples(2000).seed(1).build(),
            loans).values());
  }

  @Test
  void should_give_identical_models_the_interval_zero_to_zero() {
    RowDifferencesTest.Loans loans = RowDifferencesTest.Loans.random(10, 300);

    ConfidenceInterval interval =
        BOOTSTRAP.rowDistribution(LOANS, loans.truth(), loans.champion(), loans.champion(),
                loans.amounts())
            .interval(0.95, IntervalMethod.BCA);

    assertThat(interval.estimate()).isZero();
    assertThat(interval.lower()).isZero();
    assertThat(interval.upper()).isZero();
  }

  private static BootstrapDistribution distribution(
      PairedBootstrap bootstrap, RowDifferencesTest.Loans loans) {
    return bootstrap.rowDistribution(
        LOANS, loans.truth(), loans.champion(), loans.candidate(), loans.amounts());
  }
}
