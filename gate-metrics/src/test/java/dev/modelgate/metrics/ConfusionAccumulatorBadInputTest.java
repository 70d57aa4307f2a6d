package dev.modelgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every bad input is named exactly, and leaves the accumulator as it was. */
class ConfusionAccumulatorBadInputTest {

  @Test
  void should_name_the_first_bad_row_and_change_nothing_on_the_binary_path() {
    ConfusionAccumulator accumulator = started(2);
    int[][] rows = RowsFixture.random(2, 1000, 11);
    rows[1][700] = 2;
    rows[0][900] = -1;

    rejects(accumulator, () -> accumulator.addAll(rows[0], rows[1]),
        "predicted[700] = 2 is not a class index in [0, 2)");
    rejects(accumulator, () -> accumulator.addAll(rows[0], rows[1], 701, 1000),
        "truth[900] = -1 is not a class index in [0, 2)");
  }

  @Test
  void should_name_the_first_bad_row_and_change_nothing_on_the_many_class_paths() {
    for (int k : new int[] {5, 40}) {
      ConfusionAccumulator accumulator = started(k);
      int[][] rows = RowsFixture.random(k, 20_000, 12);
      rows[0][15_001] = k;
      rows[1][15_000] = Integer.MIN_VALUE;

      rejects(accumulator, () -> accumulator.addAll(rows[0], rows[1]),
          "predicted[15000] = -2147483648 is not a class index in [0, " + k + ")");
      rejects(accumulator, () -> accumulator.addAll(rows[0], rows[1], 15_001, 15_003),
          "truth[15001] = " + k + " is not a class index in [0, " + k + ")");
    }
  }

  @Test
  void should_catch_a_class_between_k_and_the_histogram_width_on_long_ranges() {
    ConfusionAccumulator accumulator = started(5);
    int[][] rows = RowsFixture.random(5, 20_000, 13);
    rows[1][12_345] = 31;

    rejects(accumulator, () -> accumulator.addAll(rows[0], rows[1]),
        "predicted[12345] = 31 is not a class index in [0, 5)");
    rows[1][12_345] = 0;
    rows[0][19_999] = 5;
    rejects(accumulator, () -> accumulator.addAll(rows[0], rows[1]),
        "truth[19999] = 5 is not a class index in [0, 5)");
    rows[0][19_999] = 32;
    rejects(accumulator, () -> accumulator.addAll(rows[0], rows[1]),
        "truth[19999] = 32 is not a class index in [0, 5)");
  }

  @Test
  void should_name_the_first_bad_weighted_row_and_change_nothing() {
    ConfusionAccumulator accumulator = started(3);
    int[] truth = {0, 1, 2, 0};
    int[] predicted = {0, 1, 2, 3};

    rejects(accumulator, () -> accumulator.addAll(truth, predicted, new double[] {1, 2, -1, 1}),
        "weights[2] = -1.0 is not a finite weight >= 0");
    rejects(accumulator, () -> accumulator.addAll(truth, predicted, new double[] {1, 2, 3, 1}),
        "predicted[3] = 3 is not a class index in [0, 3)");
    rejects(accumulator, () -> accumulator.add(1, 1, Double.NaN),
        "weight[3] = NaN is not a finite weight >= 0");
    rejects(accumulator, () -> accumulator.add(3, 1),
        "truth[3] = 3 is not a class index in [0, 3)");
    assertThat(accumulator.weighted()).isFalse();
  }

  @Test
  void should_name_lengths_that_differ_and_ranges_outside_the_arrays() {
    ConfusionAccumulator accumulator = started(2);
    int[] five = new int[5];

    rejects(accumulator, () -> accumulator.addAll(five, new int[4]),
        "truth has 5 rows but predicted has 4");
    rejects(accumulator, () -> accumulator.addAll(five, five, new double[6]),
        "truth has 5 rows but weights has 6");
    rejects(accumulator, () -> accumulator.addAll(five, five, 3, 2),
        "from = 3 and to = 2 are not a row range within [0, 5]");
    rejects(accumulator, () -> accumulator.addAll(five, five, -1, 2),
        "from = -1 and to = 2 are not a row range within [0, 5]");
    rejects(accumulator, () -> accumulator.addAll(five, five, new double[5], 0, 6),
        "from = 0 and to = 6 are not a row range within [0, 5]");
  }

  @Test
  void should_refuse_to_merge_accumulators_over_different_labels() {
    ConfusionAccumulator accumulator = started(2);
    ConfusionAccumulator other = ConfusionAccumulator.of(LabelDictionary.of("1", "0"));

    rejects(accumulator, () -> accumulator.merge(other),
        "cannot merge accumulators with different labels: [0, 1] and [1, 0]");
  }

  @Test
  void should_refuse_weights_that_sum_past_the_largest_double() {
    ConfusionAccumulator accumulator = ConfusionAccumulator.of(LabelDictionary.indices(2))
        .add(1, 0, Double.MAX_VALUE).add(1, 0, Double.MAX_VALUE);

    assertThatThrownBy(accumulator::toMatrix)
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("weights of cell [truth = 1, predicted = 0] sum past the largest finite double");
  }

  /** An accumulator that already holds a few rows, so that "unchanged" means something. */
  private static ConfusionAccumulator started(int k) {
    return ConfusionAccumulator.of(LabelDictionary.indices(k))
        .addAll(new int[] {0, 1, 1}, new int[] {1, 1, 0});
  }

  private static void rejects(
      ConfusionAccumulator accumulator, ThrowingCallable call, String message) {
    ConfusionMatrix before = accumulator.toMatrix();
    long rows = accumulator.rows();

    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThat(accumulator.toMatrix()).isEqualTo(before);
    assertThat(accumulator.rows()).isEqualTo(rows);
  }
}
