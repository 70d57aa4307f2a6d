package dev.modelgate.core;

import static dev.modelgate.core.PairedSamples.BAD;
import static dev.modelgate.core.PairedSamples.GOOD;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Layer 2 with {@code withConfidence(0.95)}: promote only when the paired interval lies above 0. */
class ConfidenceGateTest {

  /** 40 rows; the candidate earns 400 more, but one more Bad row caught is all it takes. */
  static PairedSamples slightlyBetter() {
    return PairedSamples.rows(
        10, BAD, BAD, BAD, 1, BAD, BAD, GOOD, 2, BAD, GOOD, BAD, 2, BAD, GOOD, GOOD,
        20, GOOD, GOOD, GOOD, 2, GOOD, GOOD, BAD, 1, GOOD, BAD, GOOD, 2, GOOD, BAD, BAD);
  }

  static ChampionChallengerVerdict decide(Consumer<ChampionChallengerGateBuilder> gate, PairedSamples samples) {
    QualityPolicy policy = TestEvaluations.comparingPolicy(gate);
    PairedEvaluation paired = Evaluator.forPolicy(policy).evaluatePaired(samples.champion(), samples.candidate());
    return decide(policy, paired, paired.champion("7"));
  }

  static ChampionChallengerVerdict decide(QualityPolicy policy, PairedEvaluation paired, Champion champion) {
    Gate gate = TestEvaluations.gate(policy);
    RegistrationVerdict registration = gate.registration(paired.candidate("credit-risk"));
    return gate.championChallenger(registration, champion);
  }

  @Test
  void should_promote_when_the_interval_of_the_improvement_lies_above_zero() {
    ChampionChallengerVerdict verdict = decide(g -> g.withConfidence(0.95), PairedSamples.clearlyBetter());

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(verdict.reasons()).containsExactly(
        "candidate net_benefit 15500.00 is better than champion 5000.00",
        "candidate net_benefit is better by 10500.00, and the 95% interval [5900.00, 15302.50] lies above 0: confident");
    CheckResult confidence = verdict.checks().get(1);
    assertThat(confidence.kind()).isEqualTo(CheckKind.CONFIDENT_IMPROVEMENT);
    assertThat(confidence.bound()).isEqualByComparingTo("0");
    assertThat(confidence.passed()).isTrue();
  }

  @Test
  void should_hold_a_better_candidate_when_the_interval_includes_zero() {
    ChampionChallengerVerdict verdict = decide(g -> g.withConfidence(0.95), slightlyBetter());

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.checks().get(0).passed()).as("strictly better").isTrue();
    assertThat(verdict.reasons()).containsExactly(
        "candidate net_benefit is better by 400.00, but the 95% interval [-1202.50, 2200.00] includes 0: not confident");
  }

  @Test
  void should_promote_the_same_candidate_by_the_plain_strict_rule_and_show_the_interval() {
    ChampionChallengerVerdict verdict = decide(g -> { }, slightlyBetter());

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(verdict.checks()).extracting(CheckResult::kind).containsExactly(CheckKind.BETTER_THAN_CHAMPION);
    assertThat(verdict.reasons()).containsExactly(
        "candidate net_benefit 600.00 is better than champion 200.00",
        "for information, not required by the policy: the 95% interval of the net_benefit improvement is"
            + " [-1202.50, 2200.00] (percentile, 10000 resamples, seed 42)");
    assertThat(verdict.paired()).isNotNull();
    assertThat(verdict.paired().settings()).isEqualTo(Confidence.reported());
  }

  @Test
  void should_hold_when_no_paired_evidence_is_given_rather_than_fall_back_to_the_strict_rule() {
    QualityPolicy policy = TestEvaluations.comparingPolicy(g -> g.withConfidence(0.95));
    PairedSamples samples = PairedSamples.clearlyBetter();
    PairedEvaluation paired = Evaluator.forPolicy(policy).evaluatePaired(samples.champion(), samples.candidate());

    ChampionChallengerVerdict verdict = decide(policy, paired, Champion.of("7", paired.champion()));

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.paired()).isNull();
    assertThat(verdict.reasons()).containsExactly(
        "the policy asks for 95% confidence, which needs paired evidence (both models scored on the same rows,"
            + " from Evaluator.evaluatePaired), but none was given: not confident");
  }

  @Test
  void should_hold_identical_models_with_an_interval_of_zero_width() {
    PairedSamples same = new PairedSamples(slightlyBetter().champion(), slightlyBetter().champion());

    ChampionChallengerVerdict verdict = decide(g -> g.withConfidence(0.95), same);

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.reasons()).containsExactly(
        "candidate net_benefit 200.00 only ties champion 200.00: ties go to the champion",
        "candidate net_benefit ties the champion, and the 95% interval [0.00, 0.00] includes 0: not confident");
  }

  @Test
  void should_hold_when_the_interval_does_not_lie_above_the_minimum_improvement() {
    ChampionChallengerVerdict verdict =
        decide(g -> g.withConfidence(0.95).minImprovement(9000), PairedSamples.clearlyBetter());

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.reasons()).containsExactly(
        "candidate net_benefit is better by 10500.00, but the 95% interval [5900.00, 15302.50] does not lie above"
            + " the required improvement 9000: not confident");
    assertThat(verdict.checks().get(2).bound()).isEqualByComparingTo("9000");
  }

  @Test
  void should_promote_when_the_interval_lies_above_the_minimum_improvement() {
    ChampionChallengerVerdict verdict =
        decide(g -> g.withConfidence(0.95).minImprovement(5000), PairedSamples.clearlyBetter());

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(verdict.reasons()).contains(
        "candidate net_benefit is better by 10500.00, and the 95% interval [5900.00, 15302.50] lies above the"
            + " required improvement 5000: confident");
  }

  @Test
  void should_take_the_relative_minimum_as_the_bound_when_it_is_the_larger() {
    ChampionChallengerVerdict verdict =
        decide(g -> g.withConfidence(0.95).minImprovement(100).minRelativeImprovement("2.00"),
            PairedSamples.clearlyBetter());

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.checks().get(3).bound()).isEqualByComparingTo("10000.00");
    assertThat(verdict.checks().get(3).reason()).isEqualTo(
        "candidate net_benefit is better by 10500.00, but the 95% interval [5900.00, 15302.50] does not lie above"
            + " the required improvement 10000.00 (200% of |champion|): not confident");
  }

  @Test
  void should_decide_a_lower_is_better_metric_on_the_interval_of_its_decrease() {
    ChampionChallengerVerdict verdict =
        decide(g -> g.compareOn(Metrics.ERROR_RATE).withConfidence(0.95), PairedSamples.clearlyBetter());

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(verdict.reasons()).contains(
        "candidate error_rate is better by 0.06250000000000000, and the 95% interval [0.0324, 0.0926] lies above 0:"
            + " confident");
    MetricInterval difference = verdict.paired().difference(Metrics.ERROR_RATE).orElseThrow();
    assertThat(verdict.paired().improvement()).isEqualTo(difference.negated());
  }

  @Test
  void should_hold_on_net_benefit_when_the_evidence_was_evaluated_without_costs() {
    QualityPolicy policy = TestEvaluations.comparingPolicy(g -> g.withConfidence(0.95));
    PairedSamples samples = PairedSamples.clearlyBetter();
    PairedEvaluation withCosts = Evaluator.forPolicy(policy).evaluatePaired(samples.champion(), samples.candidate());
    PairedEvidence costless = Evaluator.binary(BAD).evaluatePaired(samples.champion(), samples.candidate()).evidence();

    ChampionChallengerVerdict verdict =
        decide(policy, withCosts, Champion.of("7", withCosts.champion()).withEvidence(costless));

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.paired().improvement()).isNull();
    assertThat(verdict.reasons()).containsExactly(
        "the policy asks for 95% confidence in net_benefit, but the paired evidence has no net_benefit (it was"
            + " evaluated without costs): not confident");
  }

  @Test
  void should_give_the_same_interval_and_decision_for_the_same_seed() {
    ChampionChallengerVerdict first = decide(g -> g.withConfidence(0.95), slightlyBetter());
    ChampionChallengerVerdict second = decide(g -> g.withConfidence(0.95), slightlyBetter());

    assertThat(second.paired()).isEqualTo(first.paired());
    assertThat(second.decision()).isEqualTo(first.decision());
    assertThat(second.reasons()).isEqualTo(first.reasons());
  }

  @Test
  void should_draw_other_resamples_with_another_seed() {
    Confidence seeded = Confidence.of(0.95).withSeed(7);

    ChampionChallengerVerdict other = decide(g -> g.withConfidence(seeded), slightlyBetter());
    ChampionChallengerVerdict usual = decide(g -> g.withConfidence(0.95), slightlyBetter());

    assertThat(other.paired().settings().seed()).isEqualTo(7);
    assertThat(other.paired().championInterval(Metrics.F1))
        .isNotEqualTo(usual.paired().championInterval(Metrics.F1));
  }

  @Test
  void should_use_the_bca_interval_when_asked() {
    Confidence bca = Confidence.of(new BigDecimal("0.90")).withMethod(
        dev.modelgate.metrics.paired.IntervalMethod.BCA).withResamples(2000);

    ChampionChallengerVerdict verdict = decide(g -> g.withConfidence(bca), PairedSamples.clearlyBetter());

    assertThat(verdict.paired().improvement().method()).isEqualTo(MetricInterval.Method.BCA);
    assertThat(verdict.reasons()).anyMatch(r -> r.contains("the 90% interval"));
  }
}
