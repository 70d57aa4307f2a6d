package dev.modelgate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.paired.IntervalMethod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@code withConfidence} on the champion–challenger gate: its defaults and its problems. */
class ConfidencePolicyTest {

  @Test
  void should_default_to_ten_thousand_bca_resamples_with_seed_42() {
    ChampionChallengerGate gate = ChampionChallengerGate.builder().withConfidence(0.95).build();

    assertThat(gate.confidence()).isEqualTo(new Confidence(new BigDecimal("0.95"), 10_000, 42, IntervalMethod.PERCENTILE));
    assertThat(gate.requiresConfidence()).isTrue();
    assertThat(gate.confidence().defaultBootstrap()).isTrue();
    assertThat(gate.confidence().percent()).isEqualTo("95%");
  }

  @Test
  void should_keep_the_plain_strict_rule_by_default() {
    assertThat(ChampionChallengerGate.defaults().confidence()).isNull();
    assertThat(ChampionChallengerGate.defaults().requiresConfidence()).isFalse();
    assertThat(ChampionChallengerGate.builder().withConfidence("0.95").withoutConfidence().build())
        .isEqualTo(ChampionChallengerGate.defaults());
  }

  @Test
  void should_keep_the_confidence_through_to_builder() {
    ChampionChallengerGate gate =
        ChampionChallengerGate.builder().compareOn(Metrics.F1).withConfidence(Confidence.of(0.9).withSeed(7)).build();

    assertThat(gate.toBuilder().build()).isEqualTo(gate);
  }

  @Test
  void should_report_a_level_outside_zero_and_one_with_every_other_problem() {
    assertThatThrownBy(() -> ChampionChallengerGate.builder().withConfidence(95).minImprovement(-5).build())
        .isInstanceOf(InvalidPolicyException.class)
        .satisfies(e -> assertThat(((InvalidPolicyException) e).problems()).containsExactly(
            "championChallenger.confidence = 95.0 must be a level between 0 and 1, both excluded",
            "championChallenger.minImprovement = -5 must be at least 0"));
  }

  @Test
  void should_refuse_bootstrap_settings_that_cannot_be_computed() {
    assertThatThrownBy(() -> new Confidence(BigDecimal.ONE, 0, 42, IntervalMethod.STUDENT_T))
        .isInstanceOf(InvalidPolicyException.class)
        .satisfies(e -> assertThat(((InvalidPolicyException) e).problems()).containsExactly(
            "championChallenger.confidence = 1 must be a level between 0 and 1, both excluded",
            "championChallenger.bootstrap.resamples = 0 must be between 1 and 1000000",
            "championChallenger.bootstrap.method = STUDENT_T is not a bootstrap method: use PERCENTILE or BCA"));
  }

  @Test
  void should_refuse_confidence_on_a_metric_without_paired_intervals() {
    assertThatThrownBy(() -> ChampionChallengerGate.builder().compareOn(Metrics.ROC_AUC).withConfidence(0.95).build())
        .isInstanceOf(InvalidPolicyException.class)
        .satisfies(e -> assertThat(((InvalidPolicyException) e).problems()).containsExactly(
            "championChallenger compares on roc_auc with confidence, but only accuracy, error_rate, precision,"
                + " recall, f1 and net_benefit have paired intervals"));
  }
}
