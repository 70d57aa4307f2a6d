package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.cost.BinaryCosts;
import dev.modelgate.metrics.cost.CostMatrix;
import dev.modelgate.metrics.stats.InsufficientDataException;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a message that names the argument, the index and the value. */
class RowDifferencesBadInputTest {

  private static final CostMatrix LOANS = RowDifferencesTest.LOANS;

  @Test
  void should_name_the_row_whose_class_index_is_out_of_range() {
    assertThatThrownBy(
            () -> RowDifferenceAccumulator.of(LOANS)
                .addAll(new int[] {0, 1}, new int[] {0, 3}, new int[] {1, 1}, new long[2]))
        .hasMessage("champion[1] = 3 is not a class index in [0, 2)");
    assertThatThrownBy(() -> RowDifferenceAccumulator.of(LOANS).add(0, 0, 0, 5).add(0, 0, -1, 5))
        .hasMessage("candidate[1] = -1 is not a class index in [0, 2)");
  }

  @Test
  void should_refuse_arrays_of_different_lengths() {
    assertThatThrownBy(
            () -> RowDifferenceAccumulator.of(LOANS)
                .addAll(new int[2], new int[2], new int[2], new long[3]))
        .hasMessage("truth has 2 rows but amounts has 3");
  }

  @Test
  void should_refuse_an_amount_that_overflows_its_row_and_keep_the_sums_unchanged() {
    RowDifferenceAccumulator accumulator = RowDifferenceAccumulator.of(LOANS).add(0, 0, 1, 100);

    assertThatThrownBy(
            () -> accumulator.addAll(new int[] {1, 1}, new int[] {0, 0}, new int[] {1, 1},
                new long[] {10, Long.MAX_VALUE}))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("amounts[1] = 9223372036854775807 makes row 1's difference overflow a long of"
            + " 1e-3 units");
    assertThat(accumulator.rows()).isEqualTo(1);
    assertThat(accumulator.toDifferences().total()).isEqualByComparingTo("-1.00");
  }

  @Test
  void should_refuse_an_interval_of_fewer_than_two_rows() {
    RowDifferences one = RowDifferenceAccumulator.of(LOANS).add(0, 0, 1, 100).toDifferences();

    assertThatThrownBy(() -> one.interval(0.95))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("differences have 1 row: a t interval needs at least 2 rows");
    assertThatThrownBy(() -> one.interval(0))
        .hasMessage("confidence = 0.0 is not a level in (0, 1)");
    assertThatThrownBy(
            () -> PairedBootstrap.ofDefaults()
                .rowDistribution(LOANS, new int[] {0}, new int[] {0}, new int[] {1}, new long[1]))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("differences have 1 row: a bootstrap needs at least 2 rows");
  }

  @Test
  void should_refuse_to_merge_accumulators_of_different_cost_matrices() {
    CostMatrix other = CostMatrix.binary(BinaryCosts.of("0", "0", "-500", "100"), 0);

    assertThatThrownBy(
            () -> RowDifferenceAccumulator.of(LOANS).merge(RowDifferenceAccumulator.of(other)))
        .hasMessage("cannot merge accumulators with different cost matrices");
  }
}
