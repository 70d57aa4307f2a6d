package dev.modelgate.core.run;

import static dev.modelgate.core.run.RunFixtures.MODEL;
import static dev.modelgate.core.run.RunFixtures.REGISTRY_CLOCK;
import static dev.modelgate.core.run.RunFixtures.evaluation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.Candidate;
import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.Gate;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.PipelineResult;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.registry.InMemoryModelRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateRunReportTest {

  private final GateRunReport report = RunFixtures.seedChampion(new InMemoryModelRegistry(REGISTRY_CLOCK), "45000.00");

  private GateRunReport with(RegistrationVerdict registration, ChampionChallengerVerdict comparison, PipelineResult pipeline) {
    return new GateRunReport(report.outcome(), report.summary(), report.source(), report.runId(),
        report.candidateVersion(), report.championVersion(), report.championSource(), registration, comparison,
        pipeline, report.registryActions(), report.startedAt(), report.finishedAt());
  }

  @Test
  void should_expose_what_its_verdicts_share() {
    assertThat(report.model()).isEqualTo(MODEL);
    assertThat(report.policy()).isEqualTo(RunFixtures.policy());
    assertThat(report.testSetFingerprint()).isEqualTo(RunFixtures.TEST_SET);
    assertThat(report.libraryVersion()).isEqualTo(RunFixtures.LIBRARY_VERSION);
    assertThat(report.promoted()).isTrue();
  }

  @Test
  void should_refuse_verdicts_of_another_policy() {
    Gate other = RunFixtures.gate(RunFixtures.fastTrackPolicy());
    RegistrationVerdict registration = other.registration(Candidate.of(MODEL, evaluation("45000.00", "0.30")));
    ChampionChallengerVerdict comparison = other.championChallenger(registration, null);

    assertThatThrownBy(() -> with(report.registration(), comparison, report.pipeline()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the CHAMPION_CHALLENGER verdict has another policy than the registration verdict");
  }

  @Test
  void should_refuse_a_pipeline_verdict_that_does_not_follow_layer_two() {
    Gate gate = RunFixtures.gate(RunFixtures.policy());
    RegistrationVerdict rejected = gate.registration(Candidate.of(MODEL, evaluation("38000.00", "0.30")));
    PipelineResult skipped = gate.pipeline(gate.championChallenger(rejected, null));

    assertThatThrownBy(() -> with(report.registration(), report.championChallenger(), skipped))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the pipeline verdict follows HOLD but the champion-challenger verdict decided PROMOTE");
  }

  @Test
  void should_copy_its_registry_actions() {
    assertThatThrownBy(() -> report.registryActions().add(report.registryActions().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(with(report.registration(), report.championChallenger(), new PipelineResult(report.pipeline().verdict(), List.of())))
        .isEqualTo(report);
  }
}
