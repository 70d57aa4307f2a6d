package dev.modelgate.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NetBenefitAccumulatorTest {

  /** German credit, positive Bad = 0: FN = −1 × loan amount, TN = +0.1 × loan amount. */
  private static final CostMatrix PER_LOAN =
      CostMatrix.binary(BinaryCosts.of("0", "0", "0", "0"), 0)
          .withRates(BinaryCosts.of("0", "0", "-1", "0.1"));

  private static final int[] TRUTH = {0, 1, 1, 0, 1, 1, 0};
  private static final int[] PREDICTED = {1, 1, 0, 0, 1, 1, 1};
  private static final long[] AMOUNTS = {100_000, 250_000, 99_999, 5, 1, 333_333, 7};

  private static NetBenefitAccumulator whole() {
    return NetBenefitAccumulator.of(2).addAll(TRUTH, PREDICTED, AMOUNTS);
  }

  @Test
  void should_value_each_row_by_its_amount() {
    NetBenefit nb = NetBenefitAccumulator.of(2).add(0, 1, 100_000).add(1, 1, 250_000).netBenefit(PER_LOAN);

    assertThat(nb.total()).isEqualTo(new BigDecimal("-750.000"));
    assertThat(nb.cell(0, 1).amount()).isEqualTo(new BigDecimal("1000.00"));
    assertThat(nb.cell(1, 1).contribution()).isEqualByComparingTo("250");
  }

  @Test
  void should_give_the_same_result_row_by_row_all_at_once_and_in_chunks() {
    NetBenefitAccumulator rowByRow = NetBenefitAccumulator.of(2);
    for (int i = 0; i < TRUTH.length; i++) {
      rowByRow.add(TRUTH[i], PREDICTED[i], AMOUNTS[i]);
    }
    NetBenefitAccumulator chunks =
        NetBenefitAccumulator.of(2)
            .addAll(TRUTH, PREDICTED, AMOUNTS, 0, 3)
            .addAll(TRUTH, PREDICTED, AMOUNTS, 3, 3)
            .addAll(TRUTH, PREDICTED, AMOUNTS, 3, 7);

    assertThat(rowByRow.netBenefit(PER_LOAN)).isEqualTo(whole().netBenefit(PER_LOAN));
    assertThat(chunks.netBenefit(PER_LOAN)).isEqualTo(whole().netBenefit(PER_LOAN));
    assertThat(chunks.rows()).isEqualTo(7);
  }

  @Test
  void should_merge_partitions_into_exactly_the_whole_data_result() {
    NetBenefitAccumulator left = NetBenefitAccumulator.of(2).addAll(TRUTH, PREDICTED, AMOUNTS, 0, 4);
    NetBenefitAccumulator right = NetBenefitAccumulator.of(2).addAll(TRUTH, PREDICTED, AMOUNTS, 4, 7);

    NetBenefit merged = left.merge(right).netBenefit(PER_LOAN);

    assertThat(merged).isEqualTo(whole().netBenefit(PER_LOAN));
    assertThat(right.rows()).isEqualTo(3);
  }

  @Test
  void should_serve_several_cost_matrices_from_one_pass() {
    NetBenefitAccumulator accumulator = whole();
    CostMatrix perRow = CostMatrix.binary(BinaryCosts.of("0", "0", "-500", "100"), 0);

    // TN rows 1, 4, 5: +300; FN rows 0, 6: −1,000
    assertThat(accumulator.netBenefit(perRow).total()).isEqualByComparingTo("-700");
    // FN: −(1,000.00 + 0.07); TN: 0.1 × (2,500.00 + 0.01 + 3,333.33)
    assertThat(accumulator.netBenefit(PER_LOAN).total()).isEqualByComparingTo("-416.736");
  }

  @Test
  void should_stay_usable_after_a_result() {
    NetBenefitAccumulator accumulator = NetBenefitAccumulator.of(2).add(1, 1, 100);
    NetBenefit before = accumulator.netBenefit(PER_LOAN);

    accumulator.add(1, 1, 100);

    assertThat(before.total()).isEqualByComparingTo("0.1");
    assertThat(accumulator.netBenefit(PER_LOAN).total()).isEqualByComparingTo("0.2");
    assertThat(accumulator.classes()).isEqualTo(2);
  }

  @Test
  void should_merge_an_accumulator_with_itself_as_doubling() {
    NetBenefitAccumulator accumulator = whole();

    accumulator.merge(accumulator);

    assertThat(accumulator.rows()).isEqualTo(14);
    assertThat(accumulator.netBenefit(PER_LOAN).total()).isEqualByComparingTo("-833.472");
  }
}
