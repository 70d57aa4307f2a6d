package dev.modelgate.metrics.curve;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.LabelDictionary;
import org.junit.jupiter.api.Test;

class ThresholdCurveInputTest {

  private static final LabelDictionary TWO = LabelDictionary.indices(2);

  @Test
  void should_refuse_scores_of_another_length_than_truth() {
    assertThatThrownBy(() -> ThresholdCurve.of(new boolean[] {true, false}, new double[] {0.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truth has 2 rows but scores has 1");
  }

  @Test
  void should_refuse_weights_of_another_length_than_truth() {
    assertThatThrownBy(
            () -> ThresholdCurve.of(TWO, 1, new int[] {0, 1}, new double[] {0.1, 0.2},
                new double[] {1, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truth has 2 rows but weights has 3");
  }

  @Test
  void should_refuse_empty_input() {
    assertThatThrownBy(() -> ThresholdCurve.of(new boolean[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rows: a threshold curve needs at least one row");
  }

  @Test
  void should_name_index_and_value_of_a_nan_score() {
    assertThatThrownBy(
            () -> ThresholdCurve.of(new boolean[] {true, false, true},
                new double[] {0.1, 0.2, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scores[2] = NaN is not a finite score");
  }

  @Test
  void should_name_index_and_value_of_an_infinite_score_in_the_weighted_path() {
    assertThatThrownBy(
            () -> ThresholdCurve.of(new boolean[] {true, false},
                new double[] {Double.NEGATIVE_INFINITY, 0.2}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scores[0] = -Infinity is not a finite score");
  }

  @Test
  void should_name_index_and_value_of_a_negative_weight() {
    assertThatThrownBy(
            () -> ThresholdCurve.of(new boolean[] {true, false, true, false},
                new double[] {0.1, 0.2, 0.3, 0.4}, new double[] {1, 2, 3, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights[3] = -1.0 is not a finite weight >= 0");
  }

  @Test
  void should_name_index_and_value_of_a_nan_or_infinite_weight() {
    boolean[] truth = {true, false};
    double[] scores = {0.1, 0.2};

    assertThatThrownBy(() -> ThresholdCurve.of(truth, scores, new double[] {Double.NaN, 1}))
        .hasMessage("weights[0] = NaN is not a finite weight >= 0");
    assertThatThrownBy(
            () -> ThresholdCurve.of(truth, scores, new double[] {1, Double.POSITIVE_INFINITY}))
        .hasMessage("weights[1] = Infinity is not a finite weight >= 0");
  }

  @Test
  void should_refuse_weights_that_are_all_zero() {
    assertThatThrownBy(
            () -> ThresholdCurve.of(new boolean[] {true, false}, new double[] {0.1, 0.2},
                new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "every weight is 0: a threshold curve needs at least one row of positive weight");
  }

  @Test
  void should_name_index_and_value_of_a_class_index_out_of_range() {
    assertThatThrownBy(
            () -> ThresholdCurve.of(TWO, 1, new int[] {0, 2, 1}, new double[] {0.1, 0.2, 0.3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truth[1] = 2 is not a class index in [0, 2)");
    assertThatThrownBy(
            () -> ThresholdCurve.of(TWO, 1, new int[] {-1}, new double[] {0.1}, new double[] {1}))
        .hasMessage("truth[0] = -1 is not a class index in [0, 2)");
  }

  @Test
  void should_refuse_a_positive_class_out_of_range() {
    assertThatThrownBy(() -> ThresholdCurve.of(TWO, 2, new int[] {0, 1}, new double[] {0.1, 0.2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("positiveClass = 2 is not a class index in [0, 2)");
  }

  @Test
  void should_name_null_arguments() {
    assertThatThrownBy(() -> ThresholdCurve.of(null, new double[] {0.1}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("truth");
    assertThatThrownBy(() -> ThresholdCurve.of(new boolean[] {true}, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scores");
    assertThatThrownBy(() -> ThresholdCurve.of(new boolean[] {true}, new double[] {0.1}, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("weights");
  }

  @Test
  void should_refuse_a_nan_threshold_to_look_up() {
    ThresholdCurve curve = ThresholdCurve.of(new boolean[] {true}, new double[] {0.1});

    assertThatThrownBy(() -> curve.atThreshold(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold = NaN is not a threshold");
  }
}
