package dev.modelgate.core;

import static dev.modelgate.core.TestEvaluations.CLOCK;
import static dev.modelgate.core.TestEvaluations.NOW;
import static dev.modelgate.core.TestEvaluations.TEST_SET;
import static dev.modelgate.core.TestEvaluations.creditPolicy;
import static dev.modelgate.core.TestEvaluations.evaluation;
import static dev.modelgate.core.TestEvaluations.gate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GateTest {

  private final Evaluation candidate = evaluation(Metrics.NET_BENEFIT, "50000", Metrics.F1, 0.5);
  private final Evaluation champion = evaluation(Metrics.NET_BENEFIT, "45000", Metrics.F1, 0.5);

  @Test
  void should_stamp_each_verdict_with_policy_models_test_set_version_and_clock_time() {
    RegistrationVerdict verdict = gate(creditPolicy()).registration(Candidate.of("credit-risk", candidate));

    assertThat(verdict.context())
        .isEqualTo(
            new VerdictContext(
                creditPolicy(), new ModelIdentity("credit-risk", null, null), TEST_SET, "1.2.3-test", NOW, null));
    assertThat(verdict.context().hasFastTrack()).isFalse();
  }

  @Test
  void should_take_each_layer_time_from_the_clock_when_it_decides() {
    Gate gate = Gate.of(creditPolicy(), new SteppingClock(NOW, Duration.ofSeconds(1)));

    RegistrationVerdict registration = gate.registration(Candidate.of("credit-risk", candidate));
    ChampionChallengerVerdict comparison = gate.championChallenger(registration, Champion.of("7", champion));
    PipelineVerdict pipeline = gate.pipeline(comparison).verdict();

    assertThat(registration.context().decidedAt()).isEqualTo(NOW);
    assertThat(comparison.context().decidedAt()).isEqualTo(NOW.plusSeconds(1));
    assertThat(pipeline.context().decidedAt()).isEqualTo(NOW.plusSeconds(2));
  }

  @Test
  void should_record_the_version_the_registry_assigned_to_the_candidate() {
    Gate gate = gate(creditPolicy());
    Candidate unregistered = Candidate.of("credit-risk", candidate);
    RegistrationVerdict registration = gate.registration(unregistered);

    ChampionChallengerVerdict comparison =
        gate.championChallenger(registration, unregistered.withVersion("8"), Champion.of("7", champion));
    PipelineVerdict pipeline = gate.pipeline(comparison).verdict();

    assertThat(comparison.context().model()).isEqualTo(new ModelIdentity("credit-risk", "8", "7"));
    assertThat(pipeline.context().model()).isEqualTo(new ModelIdentity("credit-risk", "8", "7"));
    assertThat(pipeline.decision()).isEqualTo(DeployDecision.DEPLOY);
  }

  @Test
  void should_refuse_a_registered_candidate_other_than_the_one_that_passed_registration() {
    Gate gate = gate(creditPolicy());
    RegistrationVerdict registration = gate.registration(Candidate.of("credit-risk", candidate));
    Candidate other = new Candidate("credit-risk", "8", champion);

    assertThatThrownBy(() -> gate.championChallenger(registration, other, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the registration verdict is for another candidate: model and evaluation must be the same");
  }

  @Test
  void should_name_every_missing_part_of_a_gate() {
    assertThatThrownBy(() -> Gate.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot build the gate: policy is missing; clock is missing");
  }

  @Test
  void should_record_the_running_library_version_by_default() {
    RegistrationVerdict verdict = Gate.of(creditPolicy(), CLOCK).registration(Candidate.of("credit-risk", candidate));

    assertThat(verdict.context().libraryVersion())
        .isEqualTo(dev.modelgate.core.internal.gate.LibraryVersion.current())
        .isNotBlank();
  }

  @Test
  void should_refuse_a_context_whose_fast_track_is_not_the_policy_s() {
    assertThatThrownBy(
            () -> new VerdictContext(
                creditPolicy(), new ModelIdentity("m", null, null), TEST_SET, "1", NOW, new FastTrack("r", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fastTrack FastTrack[reason=r, approver=a] is not the policy's fast-track null");
  }
}
