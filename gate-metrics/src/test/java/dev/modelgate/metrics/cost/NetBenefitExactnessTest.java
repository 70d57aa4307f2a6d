package dev.modelgate.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.metrics.ConfusionMatrix;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money is exact: ten million rows of ten cents are exactly one million, where doubles drift. */
class NetBenefitExactnessTest {

  private static final int TEN_MILLION = 10_000_000;

  @Test
  void should_show_that_double_accumulation_drifts_on_ten_million_dimes() {
    double sum = 0;
    for (int i = 0; i < TEN_MILLION; i++) {
      sum += 0.10;
    }

    assertThat(sum).isNotEqualTo(1_000_000.0);
    assertThat(Math.abs(sum - 1_000_000.0)).isGreaterThan(1e-4);
  }

  @Test
  void should_sum_ten_million_per_row_amounts_of_ten_cents_to_exactly_one_million() {
    CostMatrix costs =
        CostMatrix.binary(BinaryCosts.of("0", "0", "0", "0"), 1)
            .withRates(BinaryCosts.of("0", "0", "0", "1"));
    NetBenefitAccumulator accumulator = NetBenefitAccumulator.of(2);

    for (int i = 0; i < TEN_MILLION; i++) {
      accumulator.add(0, 0, 10);
    }
    NetBenefit nb = accumulator.netBenefit(costs);

    assertThat(nb.total()).isEqualTo(new BigDecimal("1000000.00"));
    assertThat(nb.cell(0, 0).amount()).isEqualTo(new BigDecimal("1000000.00"));
    assertThat(nb.rows()).isEqualTo(TEN_MILLION);
  }

  @Test
  void should_value_ten_million_rows_at_a_dime_each_at_exactly_one_million_in_chunks() {
    CostMatrix costs = CostMatrix.binary(BinaryCosts.of("0", "0", "0", "0.10"), 1);
    int chunk = 100_000;
    int[] zeros = new int[chunk];
    long[] noAmounts = new long[chunk];
    NetBenefitAccumulator accumulator = NetBenefitAccumulator.of(2);

    for (int i = 0; i < TEN_MILLION / chunk; i++) {
      accumulator.addAll(zeros, zeros, noAmounts);
    }

    assertThat(accumulator.netBenefit(costs).total()).isEqualTo(new BigDecimal("1000000.00"));
  }

  @Test
  void should_value_a_ten_million_row_confusion_matrix_exactly() {
    ConfusionMatrix cm = ConfusionMatrix.binary(0, 0, 0, TEN_MILLION);
    CostMatrix costs = CostMatrix.binary(BinaryCosts.of("0", "0", "0", "0.10"), 1);

    NetBenefit nb = NetBenefit.of(cm, costs);

    assertThat(nb.total()).isEqualTo(new BigDecimal("1000000.00"));
    assertThat(nb.scaledTo(ProductionVolume.perMonth(3))).isEqualTo(new BigDecimal("0.30"));
  }

  @Test
  void should_keep_every_cent_of_amounts_that_doubles_cannot_hold() {
    // 2^53 + 1 cents is not a double; the long sum and the total keep the last cent
    long big = (1L << 53) + 1;
    long[] amounts = {big, 1, 1};
    int[] zeros = new int[amounts.length];
    CostMatrix costs =
        CostMatrix.of(new String[][] {{"0"}}).withRates(new BigDecimal[][] {{BigDecimal.ONE}});

    NetBenefit nb = NetBenefit.of(zeros, zeros, amounts, costs);

    assertThat(nb.total()).isEqualTo(BigDecimal.valueOf(big + 2, 2));
    assertThat((double) big + 1 + 1).isNotEqualTo((double) (big + 2));
  }
}
