package dev.modelgate.metrics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClassificationMetricsBadInputTest {

  private static final ClassificationMetrics METRICS =
      ClassificationMetrics.of(ConfusionMatrix.binary(3, 1, 2, 4));

  @Test
  void should_refuse_a_matrix_with_a_total_of_zero() {
    assertThatThrownBy(() -> ClassificationMetrics.of(ConfusionMatrix.binary(0, 0, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "matrix total = 0.0 is not > 0: metrics need at least one row of positive weight");
  }

  @Test
  void should_refuse_a_matrix_whose_rows_all_weigh_zero() {
    ConfusionMatrix weightless = ConfusionMatrix.of(
        LabelDictionary.indices(2), new int[] {0, 1}, new int[] {1, 1}, new double[] {0, 0});

    assertThatThrownBy(() -> ClassificationMetrics.of(weightless, ZeroDivision.NAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "matrix total = 0.0 is not > 0: metrics need at least one row of positive weight");
  }

  @Test
  void should_name_a_positive_class_outside_the_labels() {
    String message = "positiveClass = 2 is not a class index in [0, 2)";
    assertThatThrownBy(() -> METRICS.precision(2)).hasMessage(message);
    assertThatThrownBy(() -> METRICS.recall(2)).hasMessage(message);
    assertThatThrownBy(() -> METRICS.f1(2)).hasMessage(message);
    assertThatThrownBy(() -> METRICS.fBeta(2.0, 2)).hasMessage(message);
    assertThatThrownBy(() -> METRICS.precision(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("positiveClass = -1 is not a class index in [0, 2)");
  }

  @Test
  void should_name_a_beta_that_is_not_positive() {
    assertThatThrownBy(() -> METRICS.fBeta(0.0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("beta = 0.0 is not a number > 0");
    assertThatThrownBy(() -> METRICS.fBeta(-2.0, Average.MACRO))
        .hasMessage("beta = -2.0 is not a number > 0");
    assertThatThrownBy(() -> METRICS.fBetaPerClass(Double.NaN))
        .hasMessage("beta = NaN is not a number > 0");
    assertThatThrownBy(() -> METRICS.fBeta(Double.NEGATIVE_INFINITY, 0))
        .hasMessage("beta = -Infinity is not a number > 0");
  }

  @Test
  void should_check_beta_before_the_positive_class() {
    assertThatThrownBy(() -> METRICS.fBeta(-1.0, 7))
        .hasMessage("beta = -1.0 is not a number > 0");
  }
}
