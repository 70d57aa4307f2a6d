package dev.modelgate.core.run;

import static dev.modelgate.core.run.RunFixtures.MODEL;
import static dev.modelgate.core.run.RunFixtures.REGISTRY_CLOCK;
import static dev.modelgate.core.run.RunFixtures.request;
import static dev.modelgate.core.run.RunFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.ChampionSource;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.Evaluator;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.PairedEvaluation;
import dev.modelgate.core.PairedSamples;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.registry.InMemoryModelRegistry;
import org.junit.jupiter.api.Test;

/** A gate run whose policy asks for confidence: the champion's paired evidence goes with the request. */
class GateRunConfidenceTest {

  private static final QualityPolicy POLICY = RunFixtures.confidentPolicy();

  private final InMemoryModelRegistry registry = new InMemoryModelRegistry(REGISTRY_CLOCK);
  private final PairedSamples samples = PairedSamples.clearlyBetter();
  private final PairedEvaluation paired =
      Evaluator.forPolicy(POLICY).evaluatePaired(samples.champion(), samples.candidate());

  /** Makes the champion's model version 1, recorded with its evaluation on the same test set. */
  private void seedChampion() {
    run(POLICY, registry).run(request(paired.champion()));
  }

  @Test
  void should_promote_with_the_callers_paired_evidence() {
    seedChampion();

    GateRunReport report = run(POLICY, registry).run(request(paired.candidate(), paired.champion(null)));

    assertThat(report.outcome()).isEqualTo(RunOutcome.PROMOTED);
    assertThat(report.championSource()).isEqualTo(ChampionSource.CALLER);
    assertThat(report.championChallenger().paired().rows()).isEqualTo(400);
    assertThat(registry.alias(MODEL, "champion")).contains("2");
  }

  @Test
  void should_hold_when_the_champion_comes_from_the_registry_without_evidence() {
    seedChampion();

    GateRunReport report = run(POLICY, registry).run(request(paired.candidate()));

    assertThat(report.outcome()).isEqualTo(RunOutcome.HELD);
    assertThat(report.championSource()).isEqualTo(ChampionSource.REGISTRY);
    assertThat(report.decision()).isEqualTo(DeployDecision.SKIP);
    assertThat(report.championChallenger().paired()).isNull();
    assertThat(report.championChallenger().reasons()).containsExactly(
        "the policy asks for 95% confidence, which needs paired evidence (both models scored on the same rows,"
            + " from Evaluator.evaluatePaired), but none was given: not confident");
    assertThat(registry.alias(MODEL, "champion")).contains("1");
  }
}
