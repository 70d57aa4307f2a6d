package dev.modelgate.core;

import static dev.modelgate.core.TestEvaluations.compare;
import static dev.modelgate.core.TestEvaluations.comparingPolicy;
import static dev.modelgate.core.TestEvaluations.registrable;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImprovementAndGuardTest {

  private static ChampionChallengerVerdict netBenefit(QualityPolicy policy, String candidate, String champion) {
    return compare(policy, registrable(Metrics.NET_BENEFIT, candidate), registrable(Metrics.NET_BENEFIT, champion));
  }

  @Test
  void should_require_the_absolute_minimum_improvement_and_accept_exactly_it() {
    QualityPolicy policy = comparingPolicy(gate -> gate.minImprovement(100));

    ChampionChallengerVerdict enough = netBenefit(policy, "1150", "1000");
    ChampionChallengerVerdict exactly = netBenefit(policy, "1100", "1000");
    ChampionChallengerVerdict tooLittle = netBenefit(policy, "1050", "1000");

    assertThat(enough.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(enough.reasons())
        .containsExactly(
            "candidate net_benefit 1150 is better than champion 1000",
            "net_benefit improvement 150 over champion 1000 is at least the required 100");
    assertThat(exactly.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(tooLittle.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(tooLittle.reasons())
        .containsExactly("net_benefit improvement 50 over champion 1000 is less than the required 100");
  }

  @Test
  void should_measure_relative_improvement_against_the_absolute_value_of_a_negative_champion() {
    QualityPolicy policy = comparingPolicy(gate -> gate.minRelativeImprovement(0.10));

    ChampionChallengerVerdict exactly = netBenefit(policy, "-900", "-1000");
    ChampionChallengerVerdict tooLittle = netBenefit(policy, "-950", "-1000");

    assertThat(exactly.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(exactly.reasons())
        .containsExactly(
            "candidate net_benefit -900 is better than champion -1000",
            "net_benefit improvement 100 over champion -1000 is at least the required 100 (10% of |champion|)");
    assertThat(tooLittle.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(tooLittle.reasons())
        .containsExactly("net_benefit improvement 50 over champion -1000 is less than the required 100 (10% of |champion|)");
  }

  @Test
  void should_require_only_strict_improvement_over_a_zero_champion_with_a_relative_minimum() {
    QualityPolicy policy = comparingPolicy(gate -> gate.minRelativeImprovement("0.125"));

    ChampionChallengerVerdict better = netBenefit(policy, "0.01", "0.00");
    ChampionChallengerVerdict tie = netBenefit(policy, "0", "0.00");

    assertThat(better.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(better.reasons())
        .contains("net_benefit improvement 0.01 over champion 0.00 is at least the required 0.00 (12.5% of |champion|)");
    assertThat(tie.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(tie.reasons()).containsExactly("candidate net_benefit 0 only ties champion 0.00: ties go to the champion");
  }

  @Test
  void should_show_a_relative_requirement_with_the_champion_scale() {
    QualityPolicy policy = comparingPolicy(gate -> gate.minRelativeImprovement(0.125));

    ChampionChallengerVerdict verdict = netBenefit(policy, "1300.00", "1234.00");

    assertThat(verdict.reasons())
        .containsExactly(
            "net_benefit improvement 66.00 over champion 1234.00"
                + " is less than the required 154.25 (12.5% of |champion|)");
  }

  @Test
  void should_catch_f1_up_revenue_down_with_a_net_benefit_guard() {
    QualityPolicy policy =
        comparingPolicy(gate -> gate.compareOn(Metrics.F1).guard(Metrics.NET_BENEFIT).mayNotDropBy("500.00"));

    ChampionChallengerVerdict verdict =
        compare(
            policy,
            registrable(Metrics.F1, 0.85, Metrics.NET_BENEFIT, "39000.00"),
            registrable(Metrics.F1, 0.80, Metrics.NET_BENEFIT, "40000.00"));

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.reasons())
        .containsExactly("net_benefit drops by 1000.00 from champion 40000.00 to 39000.00, more than the allowed 500.00");
  }

  @Test
  void should_catch_revenue_up_f1_down_with_an_f1_guard() {
    QualityPolicy policy = comparingPolicy(gate -> gate.guard(Metrics.F1).mayNotDropBy(0.02));

    ChampionChallengerVerdict broken =
        compare(
            policy,
            registrable(Metrics.NET_BENEFIT, "2000", Metrics.F1, 0.77),
            registrable(Metrics.NET_BENEFIT, "1000", Metrics.F1, 0.80));
    ChampionChallengerVerdict atTheBound =
        compare(
            policy,
            registrable(Metrics.NET_BENEFIT, "2000", Metrics.F1, 0.78),
            registrable(Metrics.NET_BENEFIT, "1000", Metrics.F1, 0.80));

    assertThat(broken.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(broken.reasons())
        .containsExactly("f1 drops by 0.03 from champion 0.8 to 0.77, more than the allowed 0.02");
    assertThat(atTheBound.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(atTheBound.reasons())
        .containsExactly(
            "candidate net_benefit 2000 is better than champion 1000",
            "f1 drops by 0.02 from champion 0.8 to 0.78, within the allowed 0.02");
  }

  @Test
  void should_word_a_guard_in_the_direction_of_its_metric() {
    QualityPolicy policy =
        comparingPolicy(gate -> gate.guard(Metrics.ERROR_RATE).mayNotDropBy(0.01).guard(Metrics.F1).mayNotDrop());

    ChampionChallengerVerdict verdict =
        compare(
            policy,
            registrable(Metrics.NET_BENEFIT, "2000", Metrics.ERROR_RATE, 0.07, Metrics.F1, 0.81),
            registrable(Metrics.NET_BENEFIT, "1000", Metrics.ERROR_RATE, 0.05, Metrics.F1, 0.80));

    assertThat(verdict.checks())
        .extracting(CheckResult::reason)
        .containsExactly(
            "candidate net_benefit 2000 is better than champion 1000",
            "error_rate rises by 0.02 from champion 0.05 to 0.07, more than the allowed 0.01",
            "f1 does not drop: 0.81 against champion 0.8");
  }

  @Test
  void should_fail_a_guard_on_an_undefined_metric() {
    QualityPolicy policy = comparingPolicy(gate -> gate.guard(Metrics.F1).mayNotDropBy(1));

    ChampionChallengerVerdict verdict =
        compare(
            policy,
            registrable(Metrics.NET_BENEFIT, "2000", Metrics.F1, MetricValue.undefined()),
            registrable(Metrics.NET_BENEFIT, "1000", Metrics.F1, 0.80));

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.reasons()).containsExactly("candidate f1 is undefined (NaN), so it cannot pass");
  }

  @Test
  void should_evaluate_and_report_every_layer_two_check() {
    QualityPolicy policy =
        comparingPolicy(gate -> gate.minImprovement(100).minRelativeImprovement(0.5).guard(Metrics.F1).mayNotDrop());

    ChampionChallengerVerdict verdict =
        compare(
            policy,
            registrable(Metrics.NET_BENEFIT, "900", Metrics.F1, 0.7),
            registrable(Metrics.NET_BENEFIT, "1000", Metrics.F1, 0.8));

    assertThat(verdict.checks())
        .extracting(CheckResult::kind)
        .containsExactly(
            CheckKind.BETTER_THAN_CHAMPION, CheckKind.MIN_IMPROVEMENT, CheckKind.MIN_RELATIVE_IMPROVEMENT, CheckKind.GUARD);
    assertThat(verdict.reasons())
        .containsExactly(
            "candidate net_benefit 900 is worse than champion 1000",
            "net_benefit improvement -100 over champion 1000 is less than the required 100",
            "net_benefit improvement -100 over champion 1000 is less than the required 500 (50% of |champion|)",
            "f1 drops by 0.1 from champion 0.8 to 0.7, more than the allowed 0");
  }
}
