package dev.modelgate.core;

import static dev.modelgate.core.TestEvaluations.OTHER_TEST_SET;
import static dev.modelgate.core.TestEvaluations.TEST_SET;
import static dev.modelgate.core.TestEvaluations.compare;
import static dev.modelgate.core.TestEvaluations.comparingPolicy;
import static dev.modelgate.core.TestEvaluations.creditPolicy;
import static dev.modelgate.core.TestEvaluations.registrable;
import static dev.modelgate.core.TestEvaluations.registrableOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FirstModelAndTestSetTest {

  @Test
  void should_promote_a_registered_first_model_by_default_and_say_so() {
    ChampionChallengerVerdict verdict = compare(comparingPolicy(gate -> {}), registrable(Metrics.NET_BENEFIT, "10"), null);

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(verdict.firstModel()).isTrue();
    assertThat(verdict.checks()).isEmpty();
    assertThat(verdict.reasons())
        .containsExactly(
            "no champion yet: the policy promotes a first model that passed registration (PROMOTE_IF_REGISTERED)");
    assertThat(verdict.context().model()).isEqualTo(new ModelIdentity("credit-risk", null, null));
  }

  @Test
  void should_hold_a_first_model_when_the_policy_says_so() {
    QualityPolicy policy = comparingPolicy(gate -> gate.firstModel(FirstModelRule.HOLD));

    ChampionChallengerVerdict verdict = compare(policy, registrable(Metrics.NET_BENEFIT, "10"), null);

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.reasons())
        .containsExactly("no champion yet: the policy holds a first model for a person to promote (HOLD)");
  }

  @Test
  void should_hold_a_first_model_that_failed_registration() {
    ChampionChallengerVerdict verdict =
        compare(creditPolicy(), registrable(Metrics.NET_BENEFIT, "10", Metrics.F1, 0.5), null);

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.reasons()).containsExactly("the candidate was rejected at registration, so it cannot be promoted");
  }

  @Test
  void should_refuse_to_compare_evaluations_of_different_test_sets() {
    QualityPolicy policy = comparingPolicy(gate -> {});

    assertThatThrownBy(
            () -> compare(
                policy,
                registrable(Metrics.NET_BENEFIT, "2000"),
                registrableOn(OTHER_TEST_SET, Metrics.NET_BENEFIT, "1000")))
        .isInstanceOf(DifferentTestSetsException.class)
        .hasMessage(
            "different test sets: this would compare data, not models (champion "
                + OTHER_TEST_SET
                + ", candidate "
                + TEST_SET
                + ")")
        .satisfies(
            e -> {
              DifferentTestSetsException different = (DifferentTestSetsException) e;
              assertThat(different.championFingerprint()).isEqualTo(OTHER_TEST_SET);
              assertThat(different.candidateFingerprint()).isEqualTo(TEST_SET);
            });
  }

  @Test
  void should_refuse_different_test_sets_even_for_a_rejected_candidate() {
    assertThatThrownBy(
            () -> compare(creditPolicy(), registrable(), registrableOn(OTHER_TEST_SET, Metrics.NET_BENEFIT, "1000")))
        .isInstanceOf(DifferentTestSetsException.class);
  }
}
