package dev.modelgate.metrics.curve;

import dev.modelgate.metrics.ZeroDivision;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UndefinedCurveMetricsTest {

  private final ThresholdCurve noPositives =
      ThresholdCurve.of(new boolean[] {false, false, false}, new double[] {0.2, 0.5, 0.5});
  private final ThresholdCurve noNegatives =
      ThresholdCurve.of(new boolean[] {true, true, true}, new double[] {0.2, 0.5, 0.5});

  @Test
  void should_have_no_roc_auc_without_positives_or_without_negatives() {
    assertThat(noPositives.rocAuc()).isNaN();
    assertThat(noNegatives.rocAuc()).isNaN();
  }

  @Test
  void should_have_no_average_precision_without_positives() {
    assertThat(noPositives.averagePrecision()).isNaN();
    assertThat(noNegatives.averagePrecision()).isEqualTo(1.0);
  }

  @Test
  void should_have_no_true_positive_rate_without_positives() {
    assertThat(noPositives.truePositiveRate()).containsExactly(Double.NaN, Double.NaN);
    assertThat(noPositives.falsePositiveRate()).containsExactly(2.0 / 3, 1.0);
  }

  @Test
  void should_have_no_false_positive_rate_without_negatives() {
    assertThat(noNegatives.falsePositiveRate()).containsExactly(Double.NaN, Double.NaN);
    assertThat(noNegatives.truePositiveRate()).containsExactly(2.0 / 3, 1.0);
  }

  @Test
  void should_make_recall_without_positives_zero_by_default_as_sklearn() {
    assertThat(noPositives.zeroDivision()).isEqualTo(ZeroDivision.ZERO);
    assertThat(noPositives.recall()).containsExactly(0.0, 0.0);
  }

  @Test
  void should_make_recall_without_positives_follow_the_zero_division_policy() {
    assertThat(noPositives.withZeroDivision(ZeroDivision.ONE).recall()).containsExactly(1.0, 1.0);
    assertThat(noPositives.withZeroDivision(ZeroDivision.NAN).recall())
        .containsExactly(Double.NaN, Double.NaN);
    assertThat(noPositives.withZeroDivision(ZeroDivision.NAN).at(0).recall()).isNaN();
  }

  @Test
  void should_keep_precision_and_f1_defined_without_positives() {
    ThresholdCurve strict = noPositives.withZeroDivision(ZeroDivision.NAN);

    assertThat(strict.precision()).containsExactly(0.0, 0.0);
    assertThat(strict.f1()).containsExactly(0.0, 0.0);
  }

  @Test
  void should_predict_nothing_positive_above_the_highest_score() {
    OperatingPoint above = noNegatives.atThreshold(0.6);

    assertThat(above.truePositives()).isZero();
    assertThat(above.falseNegatives()).isEqualTo(3);
    assertThat(above.precision()).as("0/0 under the default policy").isZero();
    assertThat(noNegatives.withZeroDivision(ZeroDivision.NAN).atThreshold(0.6).precision())
        .isNaN();
  }
}
