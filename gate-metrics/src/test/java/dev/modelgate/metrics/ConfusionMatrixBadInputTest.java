package dev.modelgate.metrics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfusionMatrixBadInputTest {

  private static final ConfusionMatrix MATRIX = ConfusionMatrix.binary(3, 1, 2, 4);

  @Test
  void should_name_the_argument_and_value_of_a_cell_index_outside_the_labels() {
    assertThatThrownBy(() -> MATRIX.count(2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truth = 2 is not a class index in [0, 2)");
    assertThatThrownBy(() -> MATRIX.count(0, -1))
        .hasMessage("predicted = -1 is not a class index in [0, 2)");
    assertThatThrownBy(() -> MATRIX.actual(5)).hasMessage("truth = 5 is not a class index in [0, 2)");
    assertThatThrownBy(() -> MATRIX.predicted(2))
        .hasMessage("predicted = 2 is not a class index in [0, 2)");
  }

  @Test
  void should_name_a_one_vs_rest_class_outside_the_labels() {
    String message = "classIndex = 3 is not a class index in [0, 2)";
    assertThatThrownBy(() -> MATRIX.truePositives(3)).hasMessage(message);
    assertThatThrownBy(() -> MATRIX.falsePositives(3)).hasMessage(message);
    assertThatThrownBy(() -> MATRIX.falseNegatives(3)).hasMessage(message);
    assertThatThrownBy(() -> MATRIX.trueNegatives(3)).hasMessage(message);
  }

  @Test
  void should_refuse_empty_labelled_input() {
    assertThatThrownBy(() -> ConfusionMatrix.ofLabels(new String[0], new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rows: a confusion matrix needs at least one row");
    assertThatThrownBy(
            () -> ConfusionMatrix.ofLabels(new String[0], new String[0], new double[0]))
        .hasMessage("no rows: a confusion matrix needs at least one row");
    assertThatThrownBy(
            () -> ConfusionMatrix.of(
                LabelDictionary.indices(3), new int[0], new int[0], new double[0]))
        .hasMessage("no rows: a confusion matrix needs at least one row");
  }

  @Test
  void should_name_the_first_bad_row_of_weighted_input() {
    LabelDictionary labels = LabelDictionary.indices(2);
    int[] rows = {0, 1, 1};

    assertThatThrownBy(() -> ConfusionMatrix.of(labels, rows, rows, new double[] {1, -0.5, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights[1] = -0.5 is not a finite weight >= 0");
    assertThatThrownBy(
            () -> ConfusionMatrix.of(labels, rows, rows, new double[] {1, 2, Double.NaN}))
        .hasMessage("weights[2] = NaN is not a finite weight >= 0");
    assertThatThrownBy(
            () -> ConfusionMatrix.of(
                labels, rows, rows, new double[] {Double.POSITIVE_INFINITY, 1, 1}))
        .hasMessage("weights[0] = Infinity is not a finite weight >= 0");
    assertThatThrownBy(() -> ConfusionMatrix.of(labels, rows, rows, new double[] {1, 1}))
        .hasMessage("truth has 3 rows but weights has 2");
    assertThatThrownBy(
            () -> ConfusionMatrix.ofLabels(
                new String[] {"x", "y"}, new String[] {"x"}, new double[] {1, 1}))
        .hasMessage("truth has 2 rows but predicted has 1");
  }

  @Test
  void should_refuse_to_add_matrices_over_different_labels() {
    ConfusionMatrix other = ConfusionMatrix.ofCounts(
        LabelDictionary.of("b", "a"), new double[][] {{1, 0}, {0, 1}});

    assertThatThrownBy(() -> MATRIX.plus(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot add matrices with different labels: [negative, positive] and [b, a]");
  }
}
