package dev.modelgate.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a message naming argument, index and value, and changes nothing. */
class NetBenefitAccumulatorValidationTest {

  private static final CostMatrix COSTS =
      CostMatrix.of(new String[][] {{"1", "2"}, {"3", "4"}})
          .withRates(new BigDecimal[][] {{BigDecimal.ONE, BigDecimal.ONE}, {BigDecimal.ONE, BigDecimal.ONE}});

  private static NetBenefitAccumulator twoRows() {
    return NetBenefitAccumulator.of(2).add(0, 1, 5).add(1, 0, 7);
  }

  @Test
  void should_name_a_class_index_outside_the_classes() {
    NetBenefitAccumulator accumulator = twoRows();

    assertThatThrownBy(() -> accumulator.add(2, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truth[2] = 2 is not a class index in [0, 2)");
    assertThatThrownBy(() -> accumulator.addAll(new int[] {0, 1}, new int[] {0, -1}, new long[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("predicted[1] = -1 is not a class index in [0, 2)");
    assertThat(accumulator.netBenefit(COSTS)).isEqualTo(twoRows().netBenefit(COSTS));
  }

  @Test
  void should_refuse_arrays_of_different_length() {
    NetBenefitAccumulator accumulator = NetBenefitAccumulator.of(2);

    assertThatThrownBy(() -> accumulator.addAll(new int[2], new int[1], new long[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truth has 2 rows but predicted has 1");
    assertThatThrownBy(() -> accumulator.addAll(new int[2], new int[2], new long[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truth has 2 rows but amounts has 3");
    assertThatThrownBy(() -> accumulator.addAll(new int[2], new int[2], new long[2], 1, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(accumulator.rows()).isZero();
  }

  @Test
  void should_refuse_an_overflowing_amount_and_stay_unchanged() {
    NetBenefitAccumulator accumulator = twoRows();

    assertThatThrownBy(() -> accumulator.add(0, 1, Long.MAX_VALUE))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "the sum of amounts in cell [0][1] overflows a long at amounts[2] = 9223372036854775807");
    assertThat(accumulator.rows()).isEqualTo(2);
    assertThat(accumulator.netBenefit(COSTS)).isEqualTo(twoRows().netBenefit(COSTS));
  }

  @Test
  void should_refuse_a_chunk_that_overflows_midway_and_keep_none_of_it() {
    NetBenefitAccumulator accumulator = twoRows();
    // cell [1][0] holds 7: + 1, + (MAX − 8) reaches Long.MAX_VALUE, + 1 overflows
    long[] amounts = {1, Long.MAX_VALUE - 8, 1, 3};

    assertThatThrownBy(() -> accumulator.addAll(new int[] {1, 1, 1, 0}, new int[4], amounts))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "the sum of amounts in cell [1][0] overflows a long at amounts[2] = 1");
    assertThat(accumulator.netBenefit(COSTS)).isEqualTo(twoRows().netBenefit(COSTS));
  }

  @Test
  void should_refuse_a_merge_that_overflows_and_stay_unchanged() {
    NetBenefitAccumulator accumulator = twoRows();
    NetBenefitAccumulator huge = NetBenefitAccumulator.of(2).add(0, 0, 1).add(1, 0, Long.MAX_VALUE);

    assertThatThrownBy(() -> accumulator.merge(huge))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("the sum of amounts in cell [1][0] overflows a long when merging");
    assertThat(accumulator.netBenefit(COSTS)).isEqualTo(twoRows().netBenefit(COSTS));
  }

  @Test
  void should_refuse_to_merge_accumulators_over_different_classes() {
    assertThatThrownBy(() -> twoRows().merge(NetBenefitAccumulator.of(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge accumulators with different classes: 2 and 3");
  }

  @Test
  void should_refuse_a_cost_matrix_of_another_shape() {
    assertThatThrownBy(() -> NetBenefitAccumulator.of(3).add(0, 0, 0).netBenefit(COSTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cost matrix is 2×2 but the accumulator has 3 classes");
  }

  @Test
  void should_refuse_a_net_benefit_without_rows_rather_than_return_zero() {
    assertThatThrownBy(() -> NetBenefitAccumulator.of(2).netBenefit(COSTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rows: net benefit is undefined without rows");
    assertThatThrownBy(() -> NetBenefit.of(new int[0], new int[0], new long[0], COSTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rows: net benefit is undefined without rows");
  }

  @Test
  void should_refuse_an_accumulator_without_classes() {
    assertThatThrownBy(() -> NetBenefitAccumulator.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("classes must be at least 1, was 0");
  }
}
