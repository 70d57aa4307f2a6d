package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.metrics.LabelDictionary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class PairedBootstrapProperties {

  static final String SEED = "20240613";
  private static final IntervalMethod[] BOOTSTRAP_METHODS = {
    IntervalMethod.PERCENTILE, IntervalMethod.BCA
  };

  @Property(seed = SEED, tries = 150)
  void should_contain_the_estimate_in_every_interval(
      @ForAll @IntRange(min = 2, max = 3) int classes,
      @ForAll @IntRange(min = 2, max = 400) int rows,
      @ForAll @DoubleRange(min = 0.3, max = 0.95) double championAccuracy,
      @ForAll @DoubleRange(min = 0.3, max = 0.95) double candidateAccuracy,
      @ForAll @DoubleRange(min = 0.5, max = 0.99) double confidence,
      @ForAll long seed) {
    JointTable table =
        PairedRows.random(seed, rows, classes, championAccuracy, candidateAccuracy)
            .table(LabelDictionary.indices(classes));
    BootstrapDistribution distribution =
        PairedBootstrap.builder().resamples(200).seed(seed).build()
            .distribution(table, PairedStatistic.f1Difference(classes - 1));

    for (IntervalMethod method : BOOTSTRAP_METHODS) {
      ConfidenceInterval interval = distribution.interval(confidence, method);

      Assume.that(interval.defined());
      assertThat(interval.contains(interval.estimate())).as(method.name()).isTrue();
      assertThat(interval.lower()).isLessThanOrEqualTo(interval.upper());
    }
  }

  @Property(seed = SEED, tries = 100)
  void should_give_identical_models_exactly_zero_and_the_interval_zero_to_zero(
      @ForAll @IntRange(min = 2, max = 4) int classes,
      @ForAll @IntRange(min = 2, max = 400) int rows,
      @ForAll @DoubleRange(min = 0.2, max = 0.95) double accuracy,
      @ForAll long seed) {
    JointTable table =
        PairedRows.random(seed, rows, classes, accuracy, accuracy).identical()
            .table(LabelDictionary.indices(classes));
    PairedBootstrap bootstrap = PairedBootstrap.builder().resamples(100).seed(seed).build();

    for (PairedStatistic statistic :
        new PairedStatistic[] {PairedStatistic.f1Difference(0),
            PairedStatistic.accuracyDifference()}) {
      BootstrapDistribution distribution = bootstrap.distribution(table, statistic);

      assertThat(distribution.estimate()).isZero();
      assertThat(distribution.values()).containsOnly(0.0);
      for (IntervalMethod method : BOOTSTRAP_METHODS) {
        ConfidenceInterval interval = distribution.interval(0.95, method);
        assertThat(interval.lower()).isZero();
        assertThat(interval.upper()).isZero();
      }
    }
  }

  @Property(seed = SEED, tries = 100)
  void should_reproduce_the_resamples_with_a_seed_and_change_them_with_another(
      @ForAll @IntRange(min = 20, max = 400) int rows,
      @ForAll long dataSeed,
      @ForAll long seed) {
    JointTable table =
        PairedRows.random(dataSeed, rows, 2, 0.7, 0.7).table(LabelDictionary.indices(2));
    PairedStatistic statistic = PairedStatistic.accuracyDifference();

    double[] values =
        PairedBootstrap.builder().resamples(50).seed(seed).build()
            .distribution(table, statistic).values();

    assertThat(
            PairedBootstrap.builder().resamples(50).seed(seed).build()
                .distribution(table, statistic).values())
        .isEqualTo(values);
    Assume.that(table.championOnly() + table.candidateOnly() > 5);
    assertThat(
            PairedBootstrap.builder().resamples(50).seed(seed + 1).build()
                .distribution(table, statistic).values())
        .isNotEqualTo(values);
  }
}
