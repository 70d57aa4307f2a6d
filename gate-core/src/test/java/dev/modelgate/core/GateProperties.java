package dev.modelgate.core;

import static dev.modelgate.core.TestEvaluations.compare;
import static dev.modelgate.core.TestEvaluations.comparingPolicy;
import static dev.modelgate.core.TestEvaluations.evaluation;
import static dev.modelgate.core.TestEvaluations.gate;
import static dev.modelgate.core.TestEvaluations.registrable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class GateProperties {

  private static final Metric SCORE_UP = Metric.higherIsBetter("score");
  private static final Metric SCORE_DOWN = Metric.lowerIsBetter("score");

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L).edgeCases(c -> c.add(0L)),
            Arbitraries.integers().between(0, 6))
        .as(BigDecimal::valueOf);
  }

  @Provide
  Arbitrary<BigDecimal> positives() {
    return decimals().filter(d -> d.signum() > 0);
  }

  @Provide
  Arbitrary<Metric> compared() {
    return Arbitraries.of(SCORE_UP, SCORE_DOWN);
  }

  @Property(seed = "42")
  void any_candidate_equal_to_the_champion_on_the_primary_metric_is_held(
      @ForAll("decimals") BigDecimal value, @ForAll("compared") Metric metric, @ForAll @IntRange(max = 3) int extraScale) {
    QualityPolicy policy = comparingPolicy(gate -> gate.compareOn(metric));
    BigDecimal sameValueOtherScale = value.setScale(value.scale() + extraScale);

    ChampionChallengerVerdict verdict =
        compare(policy, registrable(metric, sameValueOtherScale), registrable(metric, value));

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
  }

  @Property(seed = "42")
  void any_strictly_better_candidate_without_guards_is_promoted(
      @ForAll("decimals") BigDecimal champion, @ForAll("positives") BigDecimal margin, @ForAll("compared") Metric metric) {
    QualityPolicy policy = comparingPolicy(gate -> gate.compareOn(metric));
    BigDecimal candidate =
        metric.direction() == Direction.HIGHER_IS_BETTER ? champion.add(margin) : champion.subtract(margin);

    ChampionChallengerVerdict verdict = compare(policy, registrable(metric, candidate), registrable(metric, champion));

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.PROMOTE);
  }

  @Property(seed = "42")
  void threshold_checks_are_strict_at_the_bound(
      @ForAll("decimals") BigDecimal bound, @ForAll @IntRange(max = 3) int extraScale) {
    QualityPolicy policy = policyWithEveryComparison(bound);
    BigDecimal atTheBound = bound.setScale(bound.scale() + extraScale);

    RegistrationVerdict verdict =
        gate(policy).registration(Candidate.of("m", evaluation(SCORE_UP, atTheBound)));

    assertThat(verdict.checks())
        .extracting(CheckResult::kind, CheckResult::passed)
        .containsExactly(
            tuple(CheckKind.GREATER_THAN, false),
            tuple(CheckKind.AT_LEAST, true),
            tuple(CheckKind.LESS_THAN, false),
            tuple(CheckKind.AT_MOST, true));
  }

  @Property(seed = "42")
  void nan_never_passes_a_registration_check(@ForAll("decimals") BigDecimal bound) {
    QualityPolicy policy = policyWithEveryComparison(bound);

    RegistrationVerdict verdict =
        gate(policy).registration(Candidate.of("m", evaluation(SCORE_UP, MetricValue.undefined())));

    assertThat(verdict.decision()).isEqualTo(RegistrationDecision.REJECT);
    assertThat(verdict.checks()).hasSize(4).noneMatch(CheckResult::passed);
  }

  @Property(seed = "42")
  void nan_on_either_side_never_passes_a_champion_challenger_check(
      @ForAll("decimals") BigDecimal defined, @ForAll boolean candidateUndefined, @ForAll("compared") Metric metric) {
    QualityPolicy policy =
        comparingPolicy(gate -> gate
            .compareOn(Metrics.NET_BENEFIT)
            .minImprovement(0)
            .minRelativeImprovement(0)
            .guard(metric).mayNotDropBy(defined.abs()));
    MetricValue nan = MetricValue.undefined();
    MetricValue value = MetricValue.of(defined);
    Object candidateSide = candidateUndefined ? nan : value;
    Object championSide = candidateUndefined ? value : nan;
    Evaluation candidate = registrable(Metrics.NET_BENEFIT, candidateSide, metric, candidateSide);
    Evaluation champion = registrable(Metrics.NET_BENEFIT, championSide, metric, championSide);

    ChampionChallengerVerdict verdict = compare(policy, candidate, champion);

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.checks()).hasSize(4).noneMatch(CheckResult::passed);
  }

  private static QualityPolicy policyWithEveryComparison(BigDecimal bound) {
    return QualityPolicy.builder()
        .name("strictness")
        .registration(gate -> gate
            .require(SCORE_UP).greaterThan(bound)
            .require(SCORE_UP).atLeast(bound)
            .require(SCORE_UP).lessThan(bound)
            .require(SCORE_UP).atMost(bound))
        .championChallenger(gate -> gate.compareOn(SCORE_UP))
        .build();
  }
}
