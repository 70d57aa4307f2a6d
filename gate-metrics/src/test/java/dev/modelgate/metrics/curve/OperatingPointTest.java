package dev.modelgate.metrics.curve;

import dev.modelgate.metrics.ZeroDivision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OperatingPointTest {

  // scores 0.9 P, 0.7 N, 0.7 P, 0.2 N: the tie at 0.7 crosses the threshold as one
  private final ThresholdCurve curve = ThresholdCurve.of(
      new boolean[] {true, false, true, false}, new double[] {0.9, 0.7, 0.7, 0.2});

  @Test
  void should_count_outcomes_at_each_distinct_score() {
    OperatingPoint point = curve.at(1);

    assertThat(curve.thresholds()).containsExactly(0.9, 0.7, 0.2);
    assertThat(point).isEqualTo(new OperatingPoint(0.7, 2, 1, 0, 1, ZeroDivision.ZERO));
    assertThat(point.precision()).isEqualTo(2.0 / 3);
    assertThat(point.recall()).isEqualTo(1.0);
    assertThat(point.f1()).isEqualTo(0.8);
    assertThat(point.truePositiveRate()).isEqualTo(1.0);
    assertThat(point.falsePositiveRate()).isEqualTo(0.5);
  }

  @Test
  void should_look_up_any_threshold_as_the_lowest_distinct_score_at_or_above_it() {
    assertThat(curve.atThreshold(0.8)).isEqualTo(curve.at(0).withThreshold(0.8));
    assertThat(curve.atThreshold(0.7)).isEqualTo(curve.at(1));
    assertThat(curve.atThreshold(-5)).isEqualTo(curve.at(2).withThreshold(-5));
    assertThat(curve.atThreshold(Double.POSITIVE_INFINITY))
        .isEqualTo(new OperatingPoint(Double.POSITIVE_INFINITY, 0, 0, 2, 2, ZeroDivision.ZERO));
  }

  @Test
  void should_refuse_an_index_outside_the_curve() {
    assertThatThrownBy(() -> curve.at(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void should_turn_a_weighted_point_into_a_weighted_confusion_matrix() {
    ThresholdCurve weighted = ThresholdCurve.of(
        new boolean[] {true, false, true}, new double[] {0.9, 0.5, 0.1}, new double[] {0.5, 2, 1});

    double[][] cells = weighted.at(1).toConfusionMatrix().toArray();

    assertThat(cells).isDeepEqualTo(new double[][] {{0, 2}, {1, 0.5}});
    assertThat(weighted.at(1).toConfusionMatrix().weighted()).isTrue();
  }

  @Test
  void should_hand_out_copies_so_that_the_curve_stays_unchanged() {
    double[] thresholds = curve.thresholds();
    thresholds[0] = 42;
    double[] precision = curve.precisionRecallCurve().precision();
    precision[0] = 42;
    double[] fpr = curve.rocCurve().fpr();
    fpr[0] = 42;

    assertThat(curve.thresholds()[0]).isEqualTo(0.9);
    assertThat(curve.precisionRecallCurve().precision()[0]).isEqualTo(0.5);
    assertThat(curve.rocCurve().fpr()[0]).isZero();
  }

  @Test
  void should_describe_itself_briefly() {
    assertThat(curve).hasToString("ThresholdCurve[3 thresholds, positives=2.0, negatives=2.0]");
    assertThat(curve.rocCurve()).hasToString("RocCurve[3 thresholds and +Infinity]");
    assertThat(curve.precisionRecallCurve()).hasToString("PrecisionRecallCurve[3 thresholds]");
  }
}
