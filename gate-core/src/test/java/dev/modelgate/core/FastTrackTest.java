package dev.modelgate.core;

import static dev.modelgate.core.TestEvaluations.creditPolicy;
import static dev.modelgate.core.TestEvaluations.evaluation;
import static dev.modelgate.core.TestEvaluations.gate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FastTrackTest {

  private static final String REASON = "champion leaks PII, INC-4711";
  private static final String APPROVER = "cto@example.com";
  private static final String TAG = "fast-track policy approved by cto@example.com: champion leaks PII, INC-4711";

  private final QualityPolicy regular = creditPolicy();
  private final QualityPolicy emergency =
      regular.fastTrack(REASON, APPROVER, p -> p.registration(gate -> gate.require(Metrics.NET_BENEFIT).greaterThan(30_000)));

  @Test
  void should_apply_the_reduced_requirements_and_keep_the_rest_of_the_policy() {
    assertThat(emergency.hasFastTrack()).isTrue();
    assertThat(emergency.fastTrack()).isEqualTo(new FastTrack(REASON, APPROVER));
    assertThat(emergency.registration().checks()).extracting(Threshold::toString).containsExactly("net_benefit > 30000");
    assertThat(emergency.championChallenger()).isEqualTo(regular.championChallenger());
    assertThat(emergency.costs()).isEqualTo(regular.costs());
    assertThat(emergency).isNotEqualTo(regular);
  }

  @Test
  void should_register_under_fast_track_what_the_regular_policy_rejects() {
    Candidate candidate = Candidate.of("credit-risk", evaluation(Metrics.NET_BENEFIT, "35000", Metrics.F1, 0.1));

    assertThat(gate(regular).registration(candidate).decision()).isEqualTo(RegistrationDecision.REJECT);
    assertThat(gate(emergency).registration(candidate).decision()).isEqualTo(RegistrationDecision.REGISTER);
  }

  @Test
  void should_run_every_layer_and_tag_every_verdict_as_fast_track() {
    Gate gate = gate(emergency);
    RegistrationVerdict registration =
        gate.registration(Candidate.of("credit-risk", evaluation(Metrics.NET_BENEFIT, "35000")));
    ChampionChallengerVerdict comparison =
        gate.championChallenger(registration, Champion.of("7", evaluation(Metrics.NET_BENEFIT, "35000")));
    PipelineVerdict pipeline = gate.pipeline(comparison).verdict();

    for (Verdict verdict : List.<Verdict>of(registration, comparison, pipeline)) {
      assertThat(verdict.context().fastTrack()).isEqualTo(new FastTrack(REASON, APPROVER));
      assertThat(verdict.context().hasFastTrack()).isTrue();
      assertThat(verdict.reasons().get(0)).isEqualTo(TAG);
    }
    assertThat(comparison.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(pipeline.reasons())
        .containsExactly(
            TAG,
            "champion-challenger decided HOLD, so the deploy jobs are skipped and the champion keeps serving",
            "candidate net_benefit 35000 only ties champion 35000: ties go to the champion");
  }

  @Test
  void should_require_a_reason_and_an_approver() {
    assertThatThrownBy(() -> regular.fastTrack(" ", "", p -> {}))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessage("invalid quality policy: fast-track reason must not be blank; fast-track approver must not be blank");
  }

  @Test
  void should_not_let_a_fast_track_remove_the_registration_gate() {
    assertThatThrownBy(() -> regular.fastTrack(REASON, APPROVER, p -> p.registration(gate -> {})))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessage("invalid quality policy: registration has no checks: require at least one metric");
  }

  @Test
  void should_refuse_to_mix_verdicts_of_the_regular_and_the_fast_track_policy() {
    RegistrationVerdict regularVerdict =
        gate(regular).registration(Candidate.of("credit-risk", evaluation(Metrics.NET_BENEFIT, "50000", Metrics.F1, 0.5)));

    assertThatThrownBy(() -> gate(emergency).championChallenger(regularVerdict, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the registration verdict was decided under another policy than this gate's (credit-risk)");
  }
}
