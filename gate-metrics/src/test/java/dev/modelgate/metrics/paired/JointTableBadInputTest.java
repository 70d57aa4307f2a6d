package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.LabelDictionary;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a message that names the argument, the index and the value. */
class JointTableBadInputTest {

  private static final LabelDictionary BINARY = LabelDictionary.of("a", "b");

  @Test
  void should_name_the_first_prediction_that_is_not_a_class_index() {
    assertThatThrownBy(
            () -> JointTable.of(BINARY, new int[] {0, 1, 1}, new int[] {0, 1, 1},
                new int[] {1, 0, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidate[2] = 2 is not a class index in [0, 2)");
    assertThatThrownBy(
            () -> JointTable.of(LabelDictionary.indices(3), new int[] {0, 1}, new int[] {0, -1},
                new int[] {1, 0}))
        .hasMessage("champion[1] = -1 is not a class index in [0, 3)");
    assertThatThrownBy(() -> JointTableAccumulator.of(BINARY).add(0, 0, 1).add(5, 0, 1))
        .hasMessage("truth[1] = 5 is not a class index in [0, 2)");
  }

  @Test
  void should_refuse_arrays_of_different_lengths_and_ranges_outside_them() {
    assertThatThrownBy(
            () -> JointTable.of(BINARY, new int[] {0, 1, 1}, new int[] {0, 1}, new int[] {0, 1, 1}))
        .hasMessage("truth has 3 rows but champion has 2");
    assertThatThrownBy(
            () -> JointTable.of(BINARY, new int[] {0, 1}, new int[] {0, 1}, new int[] {0}))
        .hasMessage("truth has 2 rows but candidate has 1");
    assertThatThrownBy(
            () -> JointTableAccumulator.of(BINARY)
                .addAll(new int[5], new int[5], new int[5], 3, 2))
        .hasMessage("from = 3 and to = 2 are not a row range within [0, 5]");
  }

  @Test
  void should_refuse_a_table_without_rows() {
    assertThatThrownBy(() -> JointTable.of(BINARY, new int[0], new int[0], new int[0]))
        .hasMessage("no rows: a joint table needs at least one row");
    assertThatThrownBy(() -> JointTable.ofCounts(BINARY, new long[2][2][2]))
        .hasMessage("no rows: a joint table needs at least one row");
  }

  @Test
  void should_refuse_counts_of_the_wrong_shape_or_sign() {
    long[][][] negative = new long[2][2][2];
    negative[1][0][1] = -2;
    long[][][] wide = {new long[2][3], new long[2][3]};

    assertThatThrownBy(() -> JointTable.ofCounts(BINARY, negative))
        .hasMessage("counts[1][0][1] = -2 is not a count >= 0");
    assertThatThrownBy(() -> JointTable.ofCounts(BINARY, new long[3][2][2]))
        .hasMessage("counts has 3 entries, expected 2 (one per label)");
    assertThatThrownBy(() -> JointTable.ofCounts(BINARY, wide))
        .hasMessage("counts[0][0] has 3 entries, expected 2 (one per label)");
  }

  @Test
  void should_refuse_to_merge_accumulators_over_different_labels() {
    JointTableAccumulator ab = JointTableAccumulator.of(BINARY);
    JointTableAccumulator ba = JointTableAccumulator.of(LabelDictionary.of("b", "a"));

    assertThatThrownBy(() -> ab.merge(ba))
        .hasMessage("cannot merge accumulators with different labels: [a, b] and [b, a]");
  }
}
