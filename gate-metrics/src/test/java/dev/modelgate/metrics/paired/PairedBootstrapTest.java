package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.Average;
import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.stats.InsufficientDataException;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

  private static final LabelDictionary LABELS = LabelDictionary.of("good", "bad");
  private static final IntervalMethod[] BOOTSTRAP_METHODS = {
    IntervalMethod.PERCENTILE, IntervalMethod.BCA
  };
  /** 1000 rows; the champion alone is right on 72, the candidate alone on 47. */
  private static final JointTable TABLE =
      JointTable.ofCounts(LABELS, new long[][][] {{{420, 31}, {25, 60}}, {{38, 22}, {41, 363}}});

  @Test
  void should_default_to_ten_thousand_resamples_seed_42_and_percentile_intervals() {
    PairedBootstrap bootstrap = PairedBootstrap.ofDefaults();

    assertThat(bootstrap.resamples()).isEqualTo(10_000);
    assertThat(bootstrap.seed()).isEqualTo(42);
    assertThat(bootstrap.method()).isEqualTo(IntervalMethod.PERCENTILE);
    assertThat(bootstrap.interval(TABLE, PairedStatistic.f1Difference(1), 0.95))
        .isEqualTo(bootstrap.distribution(TABLE, PairedStatistic.f1Difference(1))
            .interval(0.95, IntervalMethod.PERCENTILE));
  }

  /**
   * Pinned bounds for seed 42: the same on every JVM and processor, because the random source, the
   * binomial draws and the normal distribution behind BCa use only strict arithmetic and
   * StrictMath. A change here changes every interval users have recorded.
   */
  @Test
  void should_give_the_pinned_f1_difference_interval_for_seed_42() {
    BootstrapDistribution distribution =
        PairedBootstrap.ofDefaults().distribution(TABLE, PairedStatistic.f1Difference(1));

    ConfidenceInterval bca = distribution.interval(0.95, IntervalMethod.BCA);
    ConfidenceInterval percentile = distribution.interval(0.95, IntervalMethod.PERCENTILE);

    assertThat(bca.estimate()).isEqualTo(-0.028699962045946714);
    assertThat(bca.lower()).isEqualTo(-0.05265622563230153);
    assertThat(bca.upper()).isEqualTo(-0.005814620336813473);
    assertThat(percentile.lower()).isEqualTo(-0.05236497515619455);
    assertThat(percentile.upper()).isEqualTo(-0.00558584894600856);
    assertThat(distribution.acceleration()).isEqualTo(-0.002701144671785562);
    assertThat(bca.summary()).isEqualTo("-0.02870 [-0.05266, -0.005815] (95% BCa)");
  }

  @Test
  void should_repeat_itself_with_the_same_seed_and_differ_with_another() {
    PairedStatistic accuracy = PairedStatistic.accuracyDifference();
    PairedBootstrap seven = PairedBootstrap.builder().resamples(500).seed(7).build();
    PairedBootstrap eight = PairedBootstrap.builder().resamples(500).seed(8).build();

    double[] first = seven.distribution(TABLE, accuracy).values();

    assertThat(seven.distribution(TABLE, accuracy).values()).isEqualTo(first);
    assertThat(eight.distribution(TABLE, accuracy).values()).isNotEqualTo(first);
  }

  @Test
  void should_give_identical_models_a_difference_of_exactly_zero_in_an_interval_of_zero_width() {
    JointTable identical =
        PairedRows.random(3, 700, 3, 0.6, 0.6).identical().table(LabelDictionary.indices(3));
    PairedStatistic macroF1 =
        PairedStatistic.difference(m -> ClassificationMetrics.of(m).f1(Average.MACRO));

    for (IntervalMethod method : BOOTSTRAP_METHODS) {
      PairedBootstrap bootstrap = PairedBootstrap.builder().resamples(300).method(method).build();
      for (PairedStatistic statistic :
          new PairedStatistic[] {PairedStatistic.f1Difference(2), macroF1,
              PairedStatistic.accuracyDifference()}) {
        ConfidenceInterval interval = bootstrap.interval(identical, statistic, 0.95);

        assertThat(interval.estimate()).isZero();
        assertThat(interval.lower()).isZero();
        assertThat(interval.upper()).isZero();
        assertThat(interval.lowerBoundAbove(0.0)).isFalse();
      }
    }
  }

  @Test
  void should_give_a_lone_model_its_own_interval_from_its_table_against_itself() {
    PairedRows rows = PairedRows.random(21, 400, 2, 0.8, 0.8);
    LabelDictionary labels = LabelDictionary.indices(2);
    JointTable self = JointTable.of(labels, rows.truth(), rows.champion(), rows.champion());
    ToDoubleFunction<ConfusionMatrix> f1 = m -> ClassificationMetrics.of(m).f1(1);
    PairedBootstrap bootstrap = PairedBootstrap.builder().resamples(500).build();

    ConfidenceInterval interval = bootstrap.interval(self, PairedStatistic.candidate(f1), 0.95);

    assertThat(interval).isEqualTo(bootstrap.interval(self, PairedStatistic.champion(f1), 0.95));
    assertThat(interval.estimate())
        .isEqualTo(f1.applyAsDouble(ConfusionMatrix.of(labels, rows.truth(), rows.champion())));
    assertThat(interval.upper() - interval.lower()).isBetween(0.02, 0.3);
  }

  @Test
  void should_leave_the_interval_undefined_when_a_resample_is_undefined() {
    JointTable rare =
        JointTable.ofCounts(LABELS, new long[][][] {{{40, 3}, {3, 2}}, {{0, 0}, {1, 1}}});
    PairedStatistic undefinedWithoutTheRareCell =
        table -> table.count(1, 1, 1) == 0 ? Double.NaN : table.count(1, 1, 1);

    BootstrapDistribution distribution =
        PairedBootstrap.builder().resamples(200).build()
            .distribution(rare, undefinedWithoutTheRareCell);
    ConfidenceInterval interval = distribution.interval(0.95, IntervalMethod.PERCENTILE);

    assertThat(distribution.undefinedResamples()).isPositive();
    assertThat(interval.defined()).isFalse();
    assertThat(interval.lowerBoundAbove(-1e9)).isFalse();
    assertThat(interval.contains(1.0)).isFalse();
  }

  @Test
  void should_refuse_a_table_of_fewer_than_two_rows() {
    JointTable single = JointTable.of(LABELS, new int[] {1}, new int[] {1}, new int[] {0});

    assertThatThrownBy(
            () -> PairedBootstrap.ofDefaults()
                .interval(single, PairedStatistic.accuracyDifference(), 0.95))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("table has 1 row: a bootstrap needs at least 2 rows");
  }

  @Test
  void should_refuse_bad_options_with_their_value() {
    assertThatThrownBy(() -> PairedBootstrap.builder().resamples(0))
        .hasMessage("resamples = 0 is not a number of resamples >= 1");
    assertThatThrownBy(() -> PairedBootstrap.builder().method(IntervalMethod.STUDENT_T))
        .hasMessage("method = STUDENT_T is not a bootstrap method: use PERCENTILE or BCA");
    assertThatThrownBy(
            () -> PairedBootstrap.ofDefaults()
                .interval(TABLE, PairedStatistic.accuracyDifference(), 1.0))
        .hasMessage("confidence = 1.0 is not a level in (0, 1)");
    assertThatThrownBy(
            () -> PairedBootstrap.builder().resamples(10).build()
                .distribution(TABLE, PairedStatistic.accuracyDifference())
                .interval(0.95, IntervalMethod.STUDENT_T))
        .hasMessage("method = STUDENT_T is not a bootstrap method: use PERCENTILE or BCA");
  }

  @Test
  void should_pass_only_an_interval_strictly_above_the_bound() {
    ConfidenceInterval above = new ConfidenceInterval(0.02, 0.004, 0.031, 0.95, IntervalMethod.BCA);
    ConfidenceInterval straddling =
        new ConfidenceInterval(0.004, -0.012, 0.020, 0.95, IntervalMethod.BCA);
    ConfidenceInterval tie = new ConfidenceInterval(0.007, 0.0, 0.015, 0.95, IntervalMethod.BCA);

    assertThat(above.lowerBoundAbove(0.0)).isTrue();
    assertThat(straddling.lowerBoundAbove(0.0)).isFalse();
    assertThat(tie.lowerBoundAbove(0.0)).isFalse();
    assertThat(above.lowerBoundAbove(0.005)).isFalse();
  }
}
