package dev.modelgate.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.ConfusionMatrix;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NetBenefitComparisonTest {

  private static final CostMatrix GERMAN_CREDIT =
      CostMatrix.binary(BinaryCosts.of("0", "0", "-500", "100"), 1);

  private static NetBenefit of(long tp, long fp, long fn, long tn, CostMatrix costs) {
    return NetBenefit.of(ConfusionMatrix.binary(tp, fp, fn, tn), costs);
  }

  private static final NetBenefit CHAMPION = of(52, 66, 12, 70, GERMAN_CREDIT); // +1,000

  @Test
  void should_pass_a_bound_only_when_strictly_greater() {
    assertThat(CHAMPION.isGreaterThan(BigDecimal.ZERO)).isTrue();
    assertThat(of(31, 17, 33, 119, GERMAN_CREDIT).isGreaterThan(BigDecimal.ZERO)).isFalse();
    assertThat(of(64, 136, 0, 0, GERMAN_CREDIT).isGreaterThan(BigDecimal.ZERO)).isFalse();
    assertThat(CHAMPION.isGreaterThan(new BigDecimal("1000.00"))).isFalse();
  }

  @Test
  void should_promote_a_candidate_that_is_strictly_better_by_a_cent() {
    CostMatrix cents = CostMatrix.binary(BinaryCosts.of("0.01", "0", "-500", "100"), 1);
    NetBenefit candidate = of(1, 117, 12, 70, cents); // +1,000.01

    assertThat(candidate.isGreaterThan(CHAMPION)).isTrue();
    assertThat(CHAMPION.isGreaterThan(candidate)).isFalse();
  }

  @Test
  void should_hold_when_candidate_ties_champion() {
    NetBenefit tie = of(50, 68, 12, 70, GERMAN_CREDIT);
    NetBenefit sameMoneyOtherScale =
        of(52, 66, 12, 70, CostMatrix.binary(BinaryCosts.of("0.00", "0.00", "-500.00", "100.00"), 1));

    assertThat(tie.isGreaterThan(CHAMPION)).isFalse();
    assertThat(sameMoneyOtherScale.isGreaterThan(CHAMPION)).isFalse();
    assertThat(CHAMPION.isGreaterThan(sameMoneyOtherScale)).isFalse();
    assertThat(sameMoneyOtherScale).isEqualTo(CHAMPION).hasSameHashCodeAs(CHAMPION);
  }

  @Test
  void should_hold_when_candidate_is_worse() {
    assertThat(of(31, 17, 33, 119, GERMAN_CREDIT).isGreaterThan(CHAMPION)).isFalse();
  }

  @Test
  void should_refuse_to_compare_different_currencies() {
    NetBenefit euros = of(52, 66, 12, 70, GERMAN_CREDIT.withCurrency("EUR"));

    assertThatThrownBy(() -> euros.isGreaterThan(CHAMPION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot compare net benefits in EUR and USD");
  }

  @Test
  void should_refuse_to_compare_net_benefits_over_different_test_sets() {
    NetBenefit fewerRows = of(52, 66, 12, 69, GERMAN_CREDIT);

    assertThatThrownBy(() -> fewerRows.isGreaterThan(CHAMPION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot compare net benefits over different test sets: 199 rows and 200 rows");
  }

  @Test
  void should_print_total_currency_and_rows() {
    assertThat(CHAMPION).hasToString("NetBenefit[1000.00 USD over 200 rows]");
  }
}
