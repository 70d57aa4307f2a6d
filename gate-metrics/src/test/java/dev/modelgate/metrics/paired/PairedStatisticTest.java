package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.cost.BinaryCosts;
import dev.modelgate.metrics.cost.CostMatrix;
import dev.modelgate.metrics.cost.NetBenefit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PairedStatisticTest {

  static final String SEED = "20240612";

  @Property(seed = SEED, tries = 200)
  void should_compute_the_built_in_differences_bit_for_bit_as_classification_metrics(
      @ForAll @IntRange(min = 2, max = 4) int classes,
      @ForAll @IntRange(min = 1, max = 300) int rows,
      @ForAll @IntRange(min = 0, max = 3) int positive,
      @ForAll long seed) {
    JointTable table =
        PairedRows.random(seed, rows, classes, 0.5, 0.6).table(LabelDictionary.indices(classes));
    int c = positive % classes;

    assertThat(PairedStatistic.f1Difference(c).of(table))
        .isEqualTo(PairedStatistic.difference(m -> ClassificationMetrics.of(m).f1(c)).of(table));
    assertThat(PairedStatistic.accuracyDifference().of(table))
        .isEqualTo(
            PairedStatistic.difference(m -> ClassificationMetrics.of(m).accuracy()).of(table));
    assertThat(PairedStatistic.candidate(m -> ClassificationMetrics.of(m).f1(c)).of(table)
            - PairedStatistic.champion(m -> ClassificationMetrics.of(m).f1(c)).of(table))
        .isEqualTo(PairedStatistic.f1Difference(c).of(table));
  }

  @Test
  void should_compute_the_net_benefit_difference_of_the_two_confusion_matrices() {
    CostMatrix costs = CostMatrix.binary(BinaryCosts.of("0", "-12.5", "-500", "100.25"), 1);
    JointTable table = PairedRows.random(5, 2000, 2, 0.7, 0.72).table(LabelDictionary.indices(2));

    double expected =
        NetBenefit.of(table.candidate(), costs).total()
            .subtract(NetBenefit.of(table.champion(), costs).total())
            .doubleValue();

    assertThat(PairedStatistic.netBenefitDifference(costs).of(table))
        .isCloseTo(expected, within(1e-9 * Math.abs(expected)));
  }

  @Test
  void should_refuse_what_the_table_cannot_compute() {
    JointTable binary = PairedRows.random(6, 50, 2, 0.7, 0.7).table(LabelDictionary.indices(2));
    CostMatrix threeClasses =
        CostMatrix.of(new String[][] {{"0", "1", "1"}, {"1", "0", "1"}, {"1", "1", "0"}});
    CostMatrix withRates =
        CostMatrix.binary(BinaryCosts.of("0", "0", "0", "0"), 1)
            .withRates(BinaryCosts.of("0", "0", "-1", "0.1"));

    assertThatThrownBy(() -> PairedStatistic.f1Difference(2).of(binary))
        .hasMessage("positiveClass = 2 is not a class index in [0, 2)");
    assertThatThrownBy(() -> PairedStatistic.netBenefitDifference(threeClasses).of(binary))
        .hasMessage("cost matrix is 3×3 but the joint table has 2 classes");
    assertThatThrownBy(() -> PairedStatistic.netBenefitDifference(withRates))
        .hasMessage(
            "cost matrix has rates, which need each row's amount: a joint table only counts rows;"
                + " use RowDifferenceAccumulator for example-dependent net benefit");
  }
}
