package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelgate.metrics.ConfusionMatrix;
import org.junit.jupiter.api.Test;

/** The documented examples and summaries of McNemar, proportion intervals and Mann–Whitney. */
class PairedStatsTest {

  @Test
  void should_give_the_documented_mcnemar_examples() {
    McNemarResult exact = McNemar.exact(12, 25);
    McNemarResult greater = McNemar.exact(12, 25, Alternative.GREATER);
    McNemarResult corrected = McNemar.chiSquare(12, 25, ContinuityCorrection.YATES);

    assertThat(exact.pValue()).isCloseTo(0.04703102743951604, within(1e-12));
    assertThat(greater.pValue()).isCloseTo(0.02351551371975802, within(1e-12));
    assertThat(McNemar.exact(12, 25, Alternative.LESS).pValue()).isGreaterThan(0.98);
    assertThat(corrected.statistic()).isCloseTo(3.891891891891892, within(1e-12));
    assertThat(McNemar.chiSquare(50, 50, ContinuityCorrection.YATES).pValue()).isEqualTo(1.0);
    assertThat(exact.discordant()).isEqualTo(37);
    assertThat(exact.summary())
        .isEqualTo("champion alone right on 12 rows, candidate alone on 25: exact two-sided"
            + " McNemar p = 0.04703");
    assertThat(corrected.summary())
        .isEqualTo("champion alone right on 12 rows, candidate alone on 25: chi-square = 3.8919"
            + " (continuity-corrected), McNemar p = 0.04852");
  }

  @Test
  void should_give_accuracy_and_error_rate_intervals_of_a_confusion_matrix() {
    ConfusionMatrix matrix = ConfusionMatrix.binary(50, 10, 20, 120); // 170 of 200 right

    ProportionInterval accuracy =
        MetricIntervals.accuracy(matrix, 0.95, ProportionInterval.Method.WILSON);
    ProportionInterval errorRate =
        MetricIntervals.errorRate(matrix, 0.95, ProportionInterval.Method.WILSON);

    assertThat(accuracy.lower()).isCloseTo(0.7939442071583334, within(1e-12));
    assertThat(accuracy.upper()).isCloseTo(0.89286406437758, within(1e-12));
    assertThat(errorRate.lower()).isCloseTo(0.10713593562241994, within(1e-12));
    assertThat(errorRate.upper()).isCloseTo(0.2060557928416666, within(1e-12));
    assertThat(accuracy.summary()).isEqualTo("0.8500 [0.7939, 0.8929] (95% Wilson)");
    assertThat(accuracy.contains(0.85)).isTrue();
  }

  @Test
  void should_give_precision_and_recall_intervals_over_their_own_denominators() {
    ConfusionMatrix matrix = ConfusionMatrix.binary(52, 66, 12, 70);

    ProportionInterval precision =
        MetricIntervals.precision(matrix, 1, 0.9, ProportionInterval.Method.CLOPPER_PEARSON);
    ProportionInterval recall =
        MetricIntervals.recall(matrix, 1, 0.9, ProportionInterval.Method.AGRESTI_COULL);

    assertThat(precision).isEqualTo(ProportionInterval.clopperPearson(52, 118, 0.9));
    assertThat(recall)
        .isEqualTo(ProportionInterval.of(52, 64, 0.9, ProportionInterval.Method.AGRESTI_COULL));
    assertThat(precision.summary()).endsWith("(90% Clopper–Pearson)");
  }

  @Test
  void should_give_the_documented_mann_whitney_examples() {
    MannWhitneyResult small = MannWhitney.test(new double[] {1.5, 3.2, 0.7},
        new double[] {2.2, 4.1, 5.3, 6.0});

    assertThat(small.statistic()).isEqualTo(1.0);
    assertThat(small.pValue()).isCloseTo(0.11428571428571428, within(1e-12));
    assertThat(small.method()).isEqualTo(MannWhitneyResult.Method.EXACT);
    assertThat(small.summary())
        .isEqualTo("Mann–Whitney U = 1.0 between 3 and 4 values, two-sided p = 0.1143 (exact)");
  }
}
