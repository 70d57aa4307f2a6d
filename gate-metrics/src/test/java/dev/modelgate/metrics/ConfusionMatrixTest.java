package dev.modelgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

  @Test
  void should_put_true_class_in_rows_and_predicted_class_in_columns() {
    ConfusionMatrix cm =
        ConfusionMatrix.ofLabels(
            new String[] {"Bad", "Bad", "Good", "Good", "Good"},
            new String[] {"Bad", "Good", "Good", "Good", "Bad"});

    assertThat(cm.labels().labels()).containsExactly("Bad", "Good");
    assertThat(cm.toArray()).isDeepEqualTo(new double[][] {{1, 1}, {1, 2}});
    assertThat(cm.rows()).isEqualTo(5);
    assertThat(cm.truePositives(0)).isEqualTo(1);
    assertThat(cm.falsePositives(0)).isEqualTo(1);
    assertThat(cm.falseNegatives(0)).isEqualTo(1);
    assertThat(cm.trueNegatives(0)).isEqualTo(2);
  }

  @Test
  void should_name_argument_index_and_value_of_an_unknown_label() {
    LabelDictionary labels = LabelDictionary.of("Good", "Bad");

    assertThatThrownBy(
            () -> ConfusionMatrix.ofLabels(labels, new String[] {"Good", "Ugly"}, new String[] {"Good", "Bad"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truth[1] = \"Ugly\" is not one of the declared labels [Good, Bad]");
  }

  @Test
  void should_refuse_arrays_of_different_length() {
    assertThatThrownBy(
            () -> ConfusionMatrix.of(LabelDictionary.indices(2), new int[] {0, 1}, new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truth has 2 rows but predicted has 1");
  }

  @Test
  void should_refuse_empty_input() {
    assertThatThrownBy(() -> ConfusionMatrix.of(LabelDictionary.indices(2), new int[0], new int[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rows: a confusion matrix needs at least one row");
  }
}
