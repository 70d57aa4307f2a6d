package dev.modelgate.metrics.testset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestSetSplitTest {

  @Test
  void should_default_to_seed_42_a_fifth_of_the_rows_and_stratification() {
    TestSetSplit split = TestSetSplit.defaults();

    assertThat(split.seed()).isEqualTo(42);
    assertThat(split.testFraction()).isEqualTo(0.2);
    assertThat(split.stratified()).isTrue();
    assertThat(split).isEqualTo(TestSetSplit.builder().build()).hasToString(
        "TestSetSplit[seed=42, testFraction=0.2, stratified=true]");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0, -0.1, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
  void should_refuse_a_test_fraction_outside_the_open_unit_interval(double fraction) {
    assertThatThrownBy(() -> TestSetSplit.builder().testFraction(fraction))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("testFraction = " + fraction + " is not in the open interval (0, 1)");
  }

  @ParameterizedTest(name = "{0} x {1} rows gives {2} test rows")
  @CsvSource({
    "0.2, 1000, 200", "0.2, 700, 140", "0.2, 12, 2", "0.2, 13, 3", "0.2, 2, 0",
    "0.25, 10, 3", "0.15, 10, 2", "0.5, 1, 1", "0.5, 3, 2", "0.3333333333333333, 3, 1"
  })
  void should_round_the_test_rows_of_a_stratum_half_up(double fraction, int rows, int expected) {
    TestSetSplit split = TestSetSplit.builder().testFraction(fraction).build();

    assertThat(split.testRows(rows)).isEqualTo(expected);
  }

  @Test
  void should_refuse_a_negative_stratum_size() {
    assertThatThrownBy(() -> TestSetSplit.defaults().testRows(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows = -1 must be >= 0");
  }

  @Test
  void should_refuse_every_label_that_cannot_give_a_test_row_and_a_train_row() {
    String[] labels = {"B", "A", "A", "A", "A", "A", "C", "C", "A", "A"};

    assertThatThrownBy(() -> TestSetSplit.defaults().split(labels))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot split with testFraction = 0.2: label \"B\" has 1 row, giving 0 test"
            + " rows and 1 train row; label \"C\" has 2 rows, giving 0 test rows and 2 train"
            + " rows; a stratified split needs at least one test row and one train row of every"
            + " label");
  }

  @Test
  void should_refuse_a_label_whose_only_row_would_go_to_the_test_set() {
    TestSetSplit half = TestSetSplit.builder().testFraction(0.5).build();

    assertThatThrownBy(() -> half.split(new String[] {"A", "A", "B"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot split with testFraction = 0.5: label \"B\" has 1 row, giving 1 test"
            + " row and 0 train rows; a stratified split needs at least one test row and one"
            + " train row of every label");
  }

  @Test
  void should_refuse_unstratified_data_too_small_for_one_test_row() {
    TestSetSplit unstratified = TestSetSplit.builder().stratified(false).build();

    assertThatThrownBy(() -> unstratified.split(new String[] {"A", "B"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot split with testFraction = 0.2: the data has 2 rows, giving 0 test"
            + " rows and 2 train rows; a split needs at least one test row and one train row");
  }

  @Test
  void should_refuse_a_repeated_id_naming_both_positions() {
    String[] ids = {"a", "b", "c", "b"};

    assertThatThrownBy(() -> TestSetSplit.defaults().split(ids, new String[] {"X", "X", "Y", "Y"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowIds[3] repeats row id \"b\" already at rowIds[1]");
  }

  @Test
  void should_refuse_empty_input() {
    assertThatThrownBy(() -> TestSetSplit.defaults().split(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rows: a test set needs at least one row");
  }

  @Test
  void should_refuse_arrays_of_different_length() {
    assertThatThrownBy(() -> TestSetSplit.defaults().split(new String[] {"1"}, new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowIds has 1 rows but labels has 0");
  }

  @Test
  void should_name_argument_and_index_of_a_null_label() {
    assertThatThrownBy(() -> TestSetSplit.defaults().split(new String[] {"A", "B", null}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("labels[2] must not be null");
  }

  @Test
  void should_refuse_an_empty_id() {
    assertThatThrownBy(
            () -> TestSetSplit.defaults().split(new String[] {"1", ""}, new String[] {"A", "B"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowIds[1] must not be empty");
  }

  @Test
  void should_report_every_row_in_exactly_one_set() {
    String[] labels = {"A", "B", "A", "B", "A", "B", "A", "B", "A", "B"};

    Split split = TestSetSplit.builder().testFraction(0.3).build().split(labels);

    assertThat(split.rows()).isEqualTo(10);
    assertThat(split.testSize()).isEqualTo(4);
    assertThat(split.trainSize()).isEqualTo(6);
    for (int row = 0; row < 10; row++) {
      int index = row;
      assertThat(split.isTest(row))
          .isEqualTo(Arrays.stream(split.testIndices()).anyMatch(i -> i == index))
          .isNotEqualTo(Arrays.stream(split.trainIndices()).anyMatch(i -> i == index));
    }
    assertThatThrownBy(() -> split.isTest(10)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void should_hand_out_copies_of_its_indices() {
    Split split = TestSetSplit.defaults().split(new String[] {"A", "A", "A", "A", "A"});
    int first = split.testIndices()[0];

    split.testIndices()[0] = -1;

    assertThat(split.testIndices()[0]).isEqualTo(first);
  }

  @Test
  void should_reuse_a_builder_without_changing_built_splits() {
    TestSetSplit.Builder builder = TestSetSplit.builder().seed(7);
    TestSetSplit seven = builder.build();

    TestSetSplit eight = builder.seed(8).build();

    assertThat(seven.seed()).isEqualTo(7);
    assertThat(eight.seed()).isEqualTo(8);
    assertThat(seven).isNotEqualTo(eight);
  }
}
