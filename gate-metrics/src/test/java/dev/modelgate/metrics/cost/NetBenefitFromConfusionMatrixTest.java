package dev.modelgate.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NetBenefitFromConfusionMatrixTest {

  private static final CostMatrix GERMAN_CREDIT =
      CostMatrix.binary(BinaryCosts.of("0", "0", "-500", "100"), 1);

  @Test
  void should_sum_count_times_value_over_a_multiclass_matrix() {
    ConfusionMatrix cm =
        ConfusionMatrix.ofCounts(
            LabelDictionary.of("a", "b", "c"), new double[][] {{5, 1, 0}, {2, 7, 1}, {0, 3, 4}});
    CostMatrix costs =
        CostMatrix.of(new String[][] {{"1.50", "-2", "0"}, {"-0.25", "3", "-1"}, {"0", "-4", "2"}});

    NetBenefit nb = NetBenefit.of(cm, costs);

    // 5×1.50 − 1×2 − 2×0.25 + 7×3 − 1×1 − 3×4 + 4×2 = 7.5 − 2 − 0.5 + 21 − 1 − 12 + 8 = 21
    assertThat(nb.total()).isEqualByComparingTo("21");
    assertThat(nb.rows()).isEqualTo(23);
    assertThat(nb.count()).isEqualByComparingTo("23");
    assertThat(nb.cells()).hasSize(9);
    assertThat(nb.classes()).isEqualTo(3);
  }

  @Test
  void should_convert_weighted_cells_with_their_exact_binary_value() {
    ConfusionMatrix cm =
        ConfusionMatrix.of(
            LabelDictionary.indices(2), new int[] {0, 0}, new int[] {0, 0}, new double[] {0.1, 0.2});

    NetBenefit nb = NetBenefit.of(cm, GERMAN_CREDIT);

    // two true negatives worth +100 each; 0.1 + 0.2 in double is
    // 0.3000000000000000444089209850062616169452667236328125
    assertThat(nb.cell(0, 0).count()).isEqualByComparingTo(new BigDecimal(0.1 + 0.2));
    assertThat(nb.total())
        .isEqualByComparingTo(new BigDecimal(0.1 + 0.2).multiply(BigDecimal.valueOf(100)));
    assertThat(nb.total()).isNotEqualByComparingTo("30");
    assertThat(nb.rows()).isEqualTo(2);
  }

  @Test
  void should_refuse_a_cost_matrix_of_another_shape() {
    ConfusionMatrix threeClasses =
        ConfusionMatrix.of(LabelDictionary.indices(3), new int[] {0, 1, 2}, new int[] {0, 1, 2});

    assertThatThrownBy(() -> NetBenefit.of(threeClasses, GERMAN_CREDIT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cost matrix is 2×2 but the confusion matrix has 3 classes");
  }

  @Test
  void should_refuse_rates_that_would_silently_count_missing_amounts_as_zero() {
    CostMatrix perLoan = GERMAN_CREDIT.withRates(BinaryCosts.of("0", "0", "-1", "0.1"));

    assertThatThrownBy(() -> NetBenefit.of(ConfusionMatrix.binary(1, 2, 3, 4), perLoan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the cost matrix has per-amount rates but a confusion matrix carries no amounts:"
                + " add the rows with their amounts to a NetBenefitAccumulator");
  }

  @Test
  void should_refuse_a_matrix_without_rows_rather_than_return_zero() {
    ConfusionMatrix empty =
        ConfusionMatrix.ofCounts(LabelDictionary.indices(2), new double[][] {{0, 0}, {0, 0}});

    assertThatThrownBy(() -> NetBenefit.of(empty, GERMAN_CREDIT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rows: net benefit is undefined without rows");
  }

  @Test
  void should_refuse_a_matrix_whose_rows_all_weigh_nothing() {
    ConfusionMatrix weightless =
        ConfusionMatrix.of(
            LabelDictionary.indices(2), new int[] {0, 1}, new int[] {0, 1}, new double[] {0, 0});

    assertThatThrownBy(() -> NetBenefit.of(weightless, GERMAN_CREDIT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no weight: net benefit is undefined when every row has weight 0");
  }
}
