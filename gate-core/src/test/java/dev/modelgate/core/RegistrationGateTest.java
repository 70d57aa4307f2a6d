package dev.modelgate.core;

import static dev.modelgate.core.TestEvaluations.creditPolicy;
import static dev.modelgate.core.TestEvaluations.evaluation;
import static dev.modelgate.core.TestEvaluations.gate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RegistrationGateTest {

  private static RegistrationVerdict register(QualityPolicy policy, Evaluation evaluation) {
    return gate(policy).registration(Candidate.of("credit-risk", evaluation));
  }

  @Test
  void should_register_when_every_check_passes() {
    RegistrationVerdict verdict =
        register(creditPolicy(), evaluation(Metrics.NET_BENEFIT, "41000.00", Metrics.F1, 0.25));

    assertThat(verdict.decision()).isEqualTo(RegistrationDecision.REGISTER);
    assertThat(verdict.registered()).isTrue();
    assertThat(verdict.reasons())
        .containsExactly("net_benefit 41000.00 is greater than 40000", "f1 0.25 is greater than 0.2");
  }

  @Test
  void should_reject_and_report_every_failed_check_not_only_the_first() {
    RegistrationVerdict verdict =
        register(creditPolicy(), evaluation(Metrics.NET_BENEFIT, "38000.00", Metrics.F1, 0.15));

    assertThat(verdict.decision()).isEqualTo(RegistrationDecision.REJECT);
    assertThat(verdict.reasons())
        .containsExactly("net_benefit 38000.00 is not greater than 40000", "f1 0.15 is not greater than 0.2");
  }

  @Test
  void should_report_passed_checks_of_a_rejected_candidate_in_its_checks_only() {
    RegistrationVerdict verdict =
        register(creditPolicy(), evaluation(Metrics.NET_BENEFIT, "38000.00", Metrics.F1, 0.25));

    assertThat(verdict.reasons()).containsExactly("net_benefit 38000.00 is not greater than 40000");
    assertThat(verdict.checks())
        .containsExactly(
            new CheckResult(
                CheckKind.GREATER_THAN, Metrics.NET_BENEFIT, MetricValue.of(new BigDecimal("38000.00")),
                BigDecimal.valueOf(40_000), null, false, "net_benefit 38000.00 is not greater than 40000"),
            new CheckResult(
                CheckKind.GREATER_THAN, Metrics.F1, MetricValue.of(0.25), BigDecimal.valueOf(0.2), null, true,
                "f1 0.25 is greater than 0.2"));
  }

  @Test
  void should_reject_a_value_equal_to_a_greater_than_bound() {
    RegistrationVerdict verdict =
        register(creditPolicy(), evaluation(Metrics.NET_BENEFIT, "40000.00", Metrics.F1, 0.25));

    assertThat(verdict.decision()).isEqualTo(RegistrationDecision.REJECT);
    assertThat(verdict.reasons()).containsExactly("net_benefit 40000.00 is not greater than 40000");
  }

  @Test
  void should_word_each_comparison_in_its_reason() {
    QualityPolicy policy =
        policy(gate -> gate
            .require(Metrics.RECALL).atLeast("0.50")
            .require(Metrics.ERROR_RATE).lessThan(0.05)
            .require(Metrics.PRECISION).atMost(BigDecimal.ONE));

    RegistrationVerdict verdict =
        register(policy, evaluation(Metrics.RECALL, 0.5, Metrics.ERROR_RATE, 0.05, Metrics.PRECISION, 0.9));

    assertThat(verdict.checks())
        .extracting(CheckResult::reason)
        .containsExactly(
            "recall 0.5 is at least 0.50", "error_rate 0.05 is not less than 0.05", "precision 0.9 is at most 1");
  }

  @Test
  void should_fail_an_undefined_metric_with_its_own_reason() {
    RegistrationVerdict verdict =
        register(creditPolicy(), evaluation(Metrics.NET_BENEFIT, "41000", Metrics.F1, MetricValue.undefined()));

    assertThat(verdict.decision()).isEqualTo(RegistrationDecision.REJECT);
    assertThat(verdict.reasons()).containsExactly("f1 is undefined (NaN), so it cannot pass");
    assertThat(verdict.checks().get(1).observed()).isEqualTo(MetricValue.undefined());
  }

  @Test
  void should_fail_a_missing_metric_with_its_own_reason() {
    QualityPolicy policy = policy(gate -> gate.require(Metrics.ROC_AUC).greaterThan(0.7));

    RegistrationVerdict verdict = register(policy, evaluation(Metrics.F1, 0.25));

    assertThat(verdict.decision()).isEqualTo(RegistrationDecision.REJECT);
    assertThat(verdict.reasons()).containsExactly("metric roc_auc is missing from the evaluation");
    assertThat(verdict.checks().get(0).observed()).isNull();
  }

  @Test
  void should_register_when_one_check_of_an_any_of_group_passes() {
    QualityPolicy policy =
        policy(gate -> gate.anyOf(any -> any.require(Metrics.F1).greaterThan(0.20).require(Metrics.RECALL).atLeast(0.5)));

    RegistrationVerdict verdict = register(policy, evaluation(Metrics.F1, 0.15, Metrics.RECALL, 0.5));

    assertThat(verdict.decision()).isEqualTo(RegistrationDecision.REGISTER);
    assertThat(verdict.reasons()).containsExactly("1 of 2 checks passed in any of (f1 > 0.2, recall >= 0.5)");
    assertThat(verdict.anyOf().get(0).checks())
        .extracting(CheckResult::reason)
        .containsExactly("f1 0.15 is not greater than 0.2", "recall 0.5 is at least 0.5");
  }

  @Test
  void should_reject_when_no_check_of_an_any_of_group_passes() {
    QualityPolicy policy =
        policy(gate -> gate
            .require(Metrics.ACCURACY).greaterThan(0.5)
            .anyOf(any -> any.require(Metrics.F1).greaterThan(0.20).require(Metrics.RECALL).atLeast(0.5)));

    RegistrationVerdict verdict =
        register(policy, evaluation(Metrics.ACCURACY, 0.9, Metrics.F1, MetricValue.undefined(), Metrics.RECALL, 0.4));

    assertThat(verdict.decision()).isEqualTo(RegistrationDecision.REJECT);
    assertThat(verdict.reasons())
        .containsExactly("none of the 2 checks passed in any of (f1 > 0.2, recall >= 0.5); at least one must");
    assertThat(verdict.anyOf().get(0).checks())
        .extracting(CheckResult::reason)
        .containsExactly("f1 is undefined (NaN), so it cannot pass", "recall 0.4 is not at least 0.5");
  }

  @Test
  void should_keep_the_candidate_evaluation_as_evidence() {
    Evaluation evaluation = evaluation(Metrics.NET_BENEFIT, "41000", Metrics.F1, 0.25);

    RegistrationVerdict verdict = register(creditPolicy(), evaluation);

    assertThat(verdict.candidate()).isEqualTo(evaluation);
    assertThat(verdict.layer()).isEqualTo(Layer.REGISTRATION);
    assertThat(verdict.decisionName()).isEqualTo("REGISTER");
  }

  private static QualityPolicy policy(Consumer<RegistrationGateBuilder> registration) {
    return QualityPolicy.builder()
        .name("credit-risk")
        .registration(registration)
        .championChallenger(g -> g.compareOn(Metrics.F1))
        .build();
  }
}
