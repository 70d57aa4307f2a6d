package dev.modelgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConfusionAccumulatorTest {

  @Test
  void should_count_two_classes_as_a_row_by_row_count_does() {
    int[][] rows = RowsFixture.random(2, 10_003, 1);

    ConfusionMatrix fast = ConfusionAccumulator.of(LabelDictionary.indices(2))
        .addAll(rows[0], rows[1]).toMatrix();

    assertThat(fast).isEqualTo(RowsFixture.rowByRow(2, rows[0], rows[1]));
  }

  @Test
  void should_count_many_classes_in_short_and_long_ranges_as_a_row_by_row_count_does() {
    for (int k : new int[] {3, 5, 16, 17, 40}) {
      int[][] rows = RowsFixture.random(k, 20_011, k);
      ConfusionAccumulator chunked = ConfusionAccumulator.of(LabelDictionary.indices(k));
      // chunks shorter and longer than the 4·K² scratch histograms
      for (int from = 0, size = 1; from < rows[0].length; from += size, size *= 3) {
        chunked.addAll(rows[0], rows[1], from, Math.min(rows[0].length, from + size));
      }

      assertThat(chunked.toMatrix()).as("K = %d", k)
          .isEqualTo(RowsFixture.rowByRow(k, rows[0], rows[1]));
    }
  }

  @Test
  void should_sum_weights_exactly_whatever_the_chunking() {
    int[] zeros = new int[10];
    double[] tenths = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
    ConfusionAccumulator chunked = ConfusionAccumulator.of(LabelDictionary.indices(2));
    for (int from = 0; from < 10; from += 3) {
      chunked.addAll(zeros, zeros, tenths, from, Math.min(10, from + 3));
    }

    // a running double sum of ten 0.1 is 0.9999999999999999; the exact sum rounds to 1.0
    assertThat(chunked.toMatrix().count(0, 0)).isEqualTo(1.0);
    assertThat(chunked.toMatrix())
        .isEqualTo(ConfusionMatrix.of(LabelDictionary.indices(2), zeros, zeros, tenths));
  }

  @Test
  void should_count_unweighted_rows_as_weight_one_once_a_weighted_row_was_added() {
    ConfusionAccumulator accumulator = ConfusionAccumulator.of(LabelDictionary.indices(3));
    accumulator.addAll(new int[] {0, 1, 2, 2}, new int[] {0, 1, 2, 0});
    assertThat(accumulator.weighted()).isFalse();

    accumulator.add(2, 2, 0.5).addAll(new int[] {2}, new int[] {2}).add(1, 1);

    ConfusionMatrix matrix = accumulator.toMatrix();
    assertThat(matrix.weighted()).isTrue();
    assertThat(matrix.rows()).isEqualTo(7);
    assertThat(matrix.toArray()).isDeepEqualTo(new double[][] {{1, 0, 0}, {0, 2, 0}, {1, 0, 2.5}});
  }

  @Test
  void should_hold_its_rows_twice_when_merged_with_itself() {
    ConfusionAccumulator counts = ConfusionAccumulator.of(LabelDictionary.indices(2))
        .addAll(new int[] {0, 1, 1}, new int[] {1, 1, 0});
    ConfusionAccumulator weights = ConfusionAccumulator.of(LabelDictionary.indices(2))
        .add(0, 1, 0.25).add(1, 1, 3);

    assertThat(counts.merge(counts).toMatrix().toArray())
        .isDeepEqualTo(new double[][] {{0, 2}, {2, 2}});
    assertThat(counts.rows()).isEqualTo(6);
    assertThat(weights.merge(weights).toMatrix().toArray())
        .isDeepEqualTo(new double[][] {{0, 0.5}, {0, 6}});
  }

  @Test
  void should_keep_its_state_at_k_squared_whatever_the_number_of_rows() {
    int k = 5;
    ConfusionAccumulator accumulator = ConfusionAccumulator.of(LabelDictionary.indices(k));
    SplittableRandom random = new SplittableRandom(7);
    int[][] rows = RowsFixture.random(k, 10_000, 3);
    double[] weights = random.doubles(10_000, 0, 1000).toArray();
    accumulator.addAll(rows[0], rows[1], weights);
    long afterFirstChunk = accumulator.stateSize();

    for (int chunk = 0; chunk < 100; chunk++) {
      accumulator.addAll(rows[0], rows[1], weights).addAll(rows[0], rows[1]);
    }

    // K² counts and a few partials per exact cell sum, however many rows
    assertThat(accumulator.rows()).isEqualTo(2_010_000);
    assertThat(accumulator.stateSize())
        .isLessThanOrEqualTo(afterFirstChunk + 2L * k * k)
        .isLessThanOrEqualTo(5L * k * k);
  }
}
