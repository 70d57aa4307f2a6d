package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.ConfusionMatrix;
import org.junit.jupiter.api.Test;

/**
 * McNemar, proportion intervals and Mann–Whitney refuse bad input naming the argument and the
 * value, and input from which they are undefined with an {@link InsufficientDataException}.
 */
class PairedStatsBadInputTest {

  private static final double[] VALUES = {0.3, 0.1, 0.7};

  @Test
  void should_refuse_negative_or_too_many_discordant_rows() {
    assertThatThrownBy(() -> McNemar.exact(-1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("championOnly = -1 is not a count >= 0");
    assertThatThrownBy(() -> McNemar.chiSquare(3, -2, ContinuityCorrection.NONE))
        .hasMessage("candidateOnly = -2 is not a count >= 0");
    assertThatThrownBy(() -> McNemar.exact(Integer.MAX_VALUE, 10))
        .hasMessage("n = 2147483657 is more than 2147483647, the most trials the binomial"
            + " distribution supports");
  }

  @Test
  void should_refuse_proportions_that_are_not_proportions() {
    assertThatThrownBy(() -> ProportionInterval.wilson(5, 3, 0.95))
        .hasMessage("successes = 5 is more than trials = 3");
    assertThatThrownBy(() -> ProportionInterval.clopperPearson(-1, 3, 0.95))
        .hasMessage("successes = -1 is not a count >= 0");
    assertThatThrownBy(() -> ProportionInterval.wilson(1, 3, 1.0))
        .hasMessage("confidence = 1.0 is not a level in (0, 1)");
    assertThatThrownBy(() -> ProportionInterval.wilson(1, 3, Double.NaN))
        .hasMessage("confidence = NaN is not a level in (0, 1)");
    assertThatThrownBy(() -> ProportionInterval.wilson(0, 0, 0.95))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("trials = 0: a proportion interval needs at least 1 trial");
  }

  @Test
  void should_refuse_metric_intervals_that_are_undefined_or_not_counts() {
    ConfusionMatrix neverPredicted = ConfusionMatrix.binary(0, 0, 4, 6);
    ConfusionMatrix weighted =
        ConfusionMatrix.of(
            ConfusionMatrix.binary(1, 1, 1, 1).labels(), new int[] {0, 1}, new int[] {0, 1},
            new double[] {0.5, 2});

    assertThatThrownBy(
            () -> MetricIntervals.precision(
                neverPredicted, 1, 0.95, ProportionInterval.Method.WILSON))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("precision of class 1 has 0 trials: a proportion interval needs at least 1"
            + " trial");
    assertThatThrownBy(
            () -> MetricIntervals.accuracy(weighted, 0.95, ProportionInterval.Method.WILSON))
        .hasMessage(
            "matrix is weighted: a proportion interval needs counts of rows, not sums of weights");
    assertThatThrownBy(
            () -> MetricIntervals.recall(neverPredicted, 2, 0.95, ProportionInterval.Method.WILSON))
        .hasMessage("classIndex = 2 is not a class index in [0, 2)");
  }

  @Test
  void should_refuse_empty_or_non_finite_samples_for_mann_whitney() {
    assertThatThrownBy(() -> MannWhitney.test(new double[0], VALUES))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("x has 0 values: a Mann–Whitney U test needs at least 1 value in each sample");
    assertThatThrownBy(() -> MannWhitney.test(VALUES, new double[] {1, Double.NaN}))
        .hasMessage("y[1] = NaN is not a finite score");
    assertThatThrownBy(
            () -> MannWhitney.test(new double[20_000], new double[20_000], Alternative.TWO_SIDED,
                MannWhitneyResult.Method.EXACT, ContinuityCorrection.NONE))
        .hasMessage("x has 20000 values and y has 20000: the exact distribution of U supports at"
            + " most 100000000 pairs (n · m)");
  }
}
