package dev.modelgate.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class NetBenefitScalingTest {

  /** One row in cell [0][0] worth {@code value}, among {@code rows} rows worth nothing. */
  private static NetBenefit worth(String value, long rows) {
    CostMatrix costs = CostMatrix.of(new String[][] {{value, "0"}, {"0", "0"}});
    double[][] counts = {{1, 0}, {0, rows - 1}};
    return NetBenefit.of(ConfusionMatrix.ofCounts(LabelDictionary.indices(2), counts), costs);
  }

  @Test
  void should_scale_value_times_volume_over_test_rows() {
    NetBenefit nb = worth("1000", 200);

    assertThat(nb.scaledTo(ProductionVolume.perMonth(10_000))).isEqualTo("50000.00");
    assertThat(nb.scaledTo(ProductionVolume.perYear(120_000))).isEqualTo("600000.00");
    assertThat(nb.scaledTo(ProductionVolume.perDay(200))).isEqualTo("1000.00");
  }

  @Test
  void should_round_once_to_the_cent_half_to_even() {
    assertThat(worth("100", 3).scaledTo(ProductionVolume.perDay(1))).isEqualTo("33.33");
    assertThat(worth("2", 3).scaledTo(ProductionVolume.perDay(1))).isEqualTo("0.67");
    assertThat(worth("1", 8).scaledTo(ProductionVolume.perDay(1))).isEqualTo("0.12");
    assertThat(worth("3", 8).scaledTo(ProductionVolume.perDay(1))).isEqualTo("0.38");
    assertThat(worth("-1", 8).scaledTo(ProductionVolume.perDay(1))).isEqualTo("-0.12");
  }

  @Test
  void should_round_to_the_minor_unit_of_the_currency() {
    CostMatrix yen = CostMatrix.of(new String[][] {{"1"}}).withCurrency("JPY");
    CostMatrix dinar = CostMatrix.of(new String[][] {{"1"}}).withCurrency("BHD");
    ConfusionMatrix three = ConfusionMatrix.ofCounts(LabelDictionary.indices(1), new double[][] {{3}});

    assertThat(NetBenefit.of(three, yen).scaledTo(ProductionVolume.perDay(5))).isEqualTo("5");
    assertThat(NetBenefit.of(three, dinar).scaledTo(ProductionVolume.perDay(5))).isEqualTo("5.000");
    assertThat(NetBenefit.of(three, dinar).scaledTo(ProductionVolume.perDay(1))).isEqualTo("1.000");
  }

  @Test
  void should_scale_a_weighted_matrix_by_its_total_weight() {
    ConfusionMatrix weighted =
        ConfusionMatrix.of(
            LabelDictionary.indices(2), new int[] {0, 1}, new int[] {0, 1}, new double[] {1.5, 2.5});
    CostMatrix costs = CostMatrix.of(new String[][] {{"10", "0"}, {"0", "0"}});

    NetBenefit nb = NetBenefit.of(weighted, costs);

    // 15 over a weight of 4 (2 rows): 3.75 per unit of weight
    assertThat(nb.count()).isEqualByComparingTo("4");
    assertThat(nb.scaledTo(ProductionVolume.perMonth(100))).isEqualTo("375.00");
  }

  @Test
  void should_refuse_a_volume_without_rows() {
    assertThatThrownBy(() -> ProductionVolume.perMonth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("production volume rows = 0 must be > 0");
    assertThatThrownBy(() -> new ProductionVolume(-5, ChronoUnit.DAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("production volume rows = -5 must be > 0");
  }

  @Test
  void should_name_its_period() {
    assertThat(ProductionVolume.perWeek(7)).isEqualTo(new ProductionVolume(7, ChronoUnit.WEEKS));
    assertThat(ProductionVolume.perMonth(10_000).period()).isEqualTo(ChronoUnit.MONTHS);
    assertThat(worth("0", 1).scaledTo(ProductionVolume.perDay(1))).isEqualTo(new BigDecimal("0.00"));
  }
}
