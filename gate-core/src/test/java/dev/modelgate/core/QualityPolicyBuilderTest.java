package dev.modelgate.core;

import static dev.modelgate.core.TestEvaluations.CREDIT_COSTS;
import static dev.modelgate.core.TestEvaluations.creditPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.modelgate.metrics.cost.BinaryCosts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityPolicyBuilderTest {

  @Test
  void should_build_the_policy_of_the_design_sketch_with_defaults() {
    QualityPolicy policy =
        QualityPolicy.builder()
            .name("credit-risk")
            .costs(BinaryCosts.of("0", "0", "-500", "100"), "Bad", 10_000)
            .registration(gate -> gate
                .require(Metrics.NET_BENEFIT).greaterThan(40_000)
                .require(Metrics.F1).greaterThan(0.20))
            .championChallenger(gate -> gate.guard(Metrics.F1).mayNotDropBy(0.02))
            .build();

    assertThat(policy.name()).isEqualTo("credit-risk");
    assertThat(policy.costs()).isEqualTo(new CostModel(CREDIT_COSTS, "Bad", 10_000L));
    assertThat(policy.registration().checks())
        .containsExactly(
            new Threshold(Metrics.NET_BENEFIT, Comparison.GREATER_THAN, BigDecimal.valueOf(40_000)),
            new Threshold(Metrics.F1, Comparison.GREATER_THAN, new BigDecimal("0.2")));
    assertThat(policy.championChallenger())
        .isEqualTo(
            new ChampionChallengerGate(
                Metrics.NET_BENEFIT, null, null, List.of(new Guard(Metrics.F1, new BigDecimal("0.02"))),
                FirstModelRule.PROMOTE_IF_REGISTERED));
    assertThat(policy.hasFastTrack()).isFalse();
  }

  @Test
  void should_be_equal_by_value_and_rebuild_equal_from_its_builder() {
    QualityPolicy policy = creditPolicy();

    assertThat(creditPolicy()).isEqualTo(policy).hasSameHashCodeAs(policy);
    assertThat(policy.toBuilder().build()).isEqualTo(policy);
    assertThat(policy.toBuilder().name("other").build()).isNotEqualTo(policy);
  }

  @Test
  void should_take_long_double_decimal_and_text_bounds_exactly() {
    RegistrationGate gate =
        RegistrationGate.builder()
            .require(Metrics.NET_BENEFIT).atLeast(40_000)
            .require(Metrics.NET_BENEFIT).atLeast("40000.00")
            .require(Metrics.F1).atLeast(0.1)
            .require(Metrics.F1).atLeast(new BigDecimal("0.10"))
            .build();

    assertThat(gate.checks())
        .extracting(Threshold::bound)
        .containsExactly(
            new BigDecimal("40000"), new BigDecimal("40000.00"), new BigDecimal("0.1"), new BigDecimal("0.10"));
  }

  @Test
  void should_name_the_missing_pieces_at_build() {
    assertThatThrownBy(() -> QualityPolicy.builder().build())
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessage(
            "invalid quality policy: name is missing; registration is missing;"
                + " costs are missing: the policy uses net_benefit, which needs a cost matrix");
  }

  @Test
  void should_report_every_problem_of_every_part_at_once() {
    InvalidPolicyException thrown =
        (InvalidPolicyException)
            catchThrowable(
                () -> QualityPolicy.builder()
                    .name(" ")
                    .costs(CREDIT_COSTS, "", 0)
                    .registration(gate -> gate.anyOf(any -> {}))
                    .championChallenger(gate -> gate
                        .minImprovement(-5)
                        .minRelativeImprovement("-0.1")
                        .guard(Metrics.F1).mayNotDropBy(-0.01)
                        .guard(Metrics.RECALL).mayNotDrop()
                        .guard(Metrics.RECALL).mayNotDrop()
                        .guard(Metrics.NET_BENEFIT).mayNotDrop())
                    .fastTrack("", " ")
                    .build());

    assertThat(thrown.problems())
        .containsExactly(
            "name must not be blank",
            "costs.positiveLabel must not be blank",
            "costs.perRows = 0 must be at least 1",
            "registration has an empty anyOf group: it needs at least one check",
            "championChallenger.guard(f1).mayNotDropBy = -0.01 must be at least 0",
            "championChallenger.minImprovement = -5 must be at least 0",
            "championChallenger.minRelativeImprovement = -0.1 must be at least 0",
            "championChallenger guards recall twice",
            "championChallenger guards net_benefit, the metric it compares on: a strictly better candidate never drops on it",
            "fast-track reason must not be blank",
            "fast-track approver must not be blank");
  }

  @Test
  void should_refuse_a_registration_gate_without_checks() {
    assertThatThrownBy(() -> RegistrationGate.builder().build())
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessage("invalid quality policy: registration has no checks: require at least one metric");
  }

  @Test
  void should_refuse_net_benefit_without_costs_but_not_other_metrics() {
    assertThatThrownBy(
            () -> QualityPolicy.builder().name("p").registration(g -> g.require(Metrics.F1).greaterThan(0.2)).build())
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessage("invalid quality policy: costs are missing: the policy uses net_benefit, which needs a cost matrix");

    QualityPolicy withoutMoney =
        QualityPolicy.builder()
            .name("p")
            .registration(g -> g.require(Metrics.F1).greaterThan(0.2))
            .championChallenger(g -> g.compareOn(Metrics.F1))
            .build();
    assertThat(withoutMoney.costs()).isNull();
  }

  @Test
  void should_reject_a_bound_that_is_not_a_finite_number_at_once() {
    assertThatThrownBy(() -> RegistrationGate.builder().require(Metrics.F1).greaterThan(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bound of f1 = NaN is not a finite number");
    assertThatThrownBy(() -> RegistrationGate.builder().require(Metrics.F1).atMost("0,5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bound of f1 = \"0,5\" is not a decimal number");
    assertThatThrownBy(() -> ChampionChallengerGate.builder().minImprovement(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minImprovement = Infinity is not a finite number");
  }

  @Test
  void should_let_a_builder_be_reused_without_sharing_state() {
    RegistrationGateBuilder builder = RegistrationGate.builder().require(Metrics.F1).greaterThan(0.2);
    RegistrationGate first = builder.build();

    RegistrationGate second = builder.require(Metrics.RECALL).atLeast(0.5).build();

    assertThat(first.checks()).hasSize(1);
    assertThat(second.checks()).hasSize(2);
  }

  @Test
  void should_describe_checks_as_formulas() {
    AnyOf group = AnyOf.builder().require(Metrics.F1).greaterThan("0.20").require(Metrics.RECALL).atLeast(0.5).build();

    assertThat(group).hasToString("any of (f1 > 0.20, recall >= 0.5)");
    assertThat(new Guard(Metrics.F1, new BigDecimal("0.02"))).hasToString("f1 may not drop by more than 0.02");
  }
}
