package dev.modelgate.core;

import static dev.modelgate.core.TestEvaluations.compare;
import static dev.modelgate.core.TestEvaluations.comparingPolicy;
import static dev.modelgate.core.TestEvaluations.registrable;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChampionChallengerGateTest {

  private final QualityPolicy onNetBenefit = comparingPolicy(gate -> gate.compareOn(Metrics.NET_BENEFIT));

  @Test
  void should_promote_when_candidate_is_strictly_better() {
    ChampionChallengerVerdict verdict =
        compare(onNetBenefit, registrable(Metrics.NET_BENEFIT, "1200"), registrable(Metrics.NET_BENEFIT, "1000"));

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(verdict.reasons()).containsExactly("candidate net_benefit 1200 is better than champion 1000");
  }

  @Test
  void should_hold_when_candidate_ties_champion() {
    ChampionChallengerVerdict verdict =
        compare(onNetBenefit, registrable(Metrics.NET_BENEFIT, "1000"), registrable(Metrics.NET_BENEFIT, "1000"));

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.reasons())
        .containsExactly("candidate net_benefit 1000 only ties champion 1000: ties go to the champion");
  }

  @Test
  void should_hold_a_tie_written_with_different_scales() {
    ChampionChallengerVerdict verdict =
        compare(onNetBenefit, registrable(Metrics.NET_BENEFIT, "1000.00"), registrable(Metrics.NET_BENEFIT, "1000"));

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
  }

  @Test
  void should_promote_on_a_single_cent() {
    ChampionChallengerVerdict verdict =
        compare(onNetBenefit, registrable(Metrics.NET_BENEFIT, "1000.01"), registrable(Metrics.NET_BENEFIT, "1000.00"));

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.PROMOTE);
  }

  @Test
  void should_hold_when_candidate_is_worse() {
    ChampionChallengerVerdict verdict =
        compare(onNetBenefit, registrable(Metrics.NET_BENEFIT, "900"), registrable(Metrics.NET_BENEFIT, "1000"));

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.reasons()).containsExactly("candidate net_benefit 900 is worse than champion 1000");
  }

  @Test
  void should_promote_a_smaller_value_of_a_lower_is_better_metric() {
    QualityPolicy policy = comparingPolicy(gate -> gate.compareOn(Metrics.ERROR_RATE));

    ChampionChallengerVerdict better =
        compare(policy, registrable(Metrics.ERROR_RATE, 0.04, Metrics.NET_BENEFIT, "1"), registrable(Metrics.ERROR_RATE, 0.05));
    ChampionChallengerVerdict worse =
        compare(policy, registrable(Metrics.ERROR_RATE, 0.06), registrable(Metrics.ERROR_RATE, 0.05));

    assertThat(better.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(better.reasons()).containsExactly("candidate error_rate 0.04 is better than champion 0.05");
    assertThat(worse.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(worse.reasons()).containsExactly("candidate error_rate 0.06 is worse than champion 0.05");
  }

  @Test
  void should_hold_when_either_side_is_undefined_or_missing() {
    Evaluation defined = registrable(Metrics.NET_BENEFIT, "1000");
    Evaluation undefined = registrable(Metrics.NET_BENEFIT, MetricValue.undefined());
    Evaluation missing = registrable();

    assertThat(compare(onNetBenefit, undefined, defined).reasons())
        .containsExactly("candidate net_benefit is undefined (NaN), so it cannot pass");
    assertThat(compare(onNetBenefit, defined, undefined).reasons())
        .containsExactly("champion net_benefit is undefined (NaN), so it cannot pass");
    assertThat(compare(onNetBenefit, missing, defined).reasons())
        .containsExactly("metric net_benefit is missing from the candidate's evaluation");
    assertThat(compare(onNetBenefit, defined, missing).reasons())
        .containsExactly("metric net_benefit is missing from the champion's evaluation");
    assertThat(compare(onNetBenefit, defined, missing).decision()).isEqualTo(PromotionDecision.HOLD);
  }

  @Test
  void should_record_candidate_and_champion_values_in_the_check() {
    ChampionChallengerVerdict verdict =
        compare(onNetBenefit, registrable(Metrics.NET_BENEFIT, "1200"), registrable(Metrics.NET_BENEFIT, "1000"));

    assertThat(verdict.checks())
        .containsExactly(
            new CheckResult(
                CheckKind.BETTER_THAN_CHAMPION, Metrics.NET_BENEFIT, MetricValue.of(new BigDecimal("1200")), null,
                MetricValue.of(new BigDecimal("1000")), true, "candidate net_benefit 1200 is better than champion 1000"));
    assertThat(verdict.context().model()).isEqualTo(new ModelIdentity("credit-risk", null, "7"));
  }

  @Test
  void should_hold_a_candidate_rejected_at_registration_even_when_better() {
    QualityPolicy policy = TestEvaluations.creditPolicy();

    ChampionChallengerVerdict verdict =
        compare(
            policy,
            registrable(Metrics.NET_BENEFIT, "39000", Metrics.F1, 0.5),
            registrable(Metrics.NET_BENEFIT, "30000", Metrics.F1, 0.5));

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.registration()).isEqualTo(RegistrationDecision.REJECT);
    assertThat(verdict.reasons()).containsExactly("the candidate was rejected at registration, so it cannot be promoted");
    assertThat(verdict.checks()).extracting(CheckResult::passed).containsExactly(true);
  }
}
