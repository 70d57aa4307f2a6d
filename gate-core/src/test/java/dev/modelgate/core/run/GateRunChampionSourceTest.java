package dev.modelgate.core.run;

import static dev.modelgate.core.run.RunFixtures.MODEL;
import static dev.modelgate.core.run.RunFixtures.OTHER_TEST_SET;
import static dev.modelgate.core.run.RunFixtures.REGISTRY_CLOCK;
import static dev.modelgate.core.run.RunFixtures.TEST_SET;
import static dev.modelgate.core.run.RunFixtures.evaluation;
import static dev.modelgate.core.run.RunFixtures.evaluationOn;
import static dev.modelgate.core.run.RunFixtures.request;
import static dev.modelgate.core.run.RunFixtures.run;
import static dev.modelgate.core.run.RunFixtures.seedChampion;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.Champion;
import dev.modelgate.core.ChampionSource;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.PromotionDecision;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.registry.InMemoryModelRegistry;
import dev.modelgate.core.spi.RegisterRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateRunChampionSourceTest {

  private final InMemoryModelRegistry registry = new InMemoryModelRegistry(REGISTRY_CLOCK);

  private void seedChampionVersion(RegisterRequest request) {
    String version = registry.register(request).version();
    registry.setAlias(MODEL, "champion", Optional.empty(), version, "setup");
  }

  private static RegisterRequest.Builder champion() {
    return RegisterRequest.builder().model(MODEL).source("s3://models/credit-risk/old");
  }

  @Test
  void should_compare_with_the_callers_champion_rescored_on_todays_test_set() {
    seedChampion(registry, "45000.00");
    Evaluation rescored = evaluation("47000.00", "0.30");

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31"), new Champion(null, rescored)));

    assertThat(report.outcome()).isEqualTo(RunOutcome.HELD);
    assertThat(report.championSource()).isEqualTo(ChampionSource.CALLER);
    assertThat(report.championVersion()).isEqualTo("1");
    assertThat(report.championChallenger().champion()).isEqualTo(rescored);
    assertThat(report.championChallenger().context().model().championVersion()).isEqualTo("1");
  }

  @Test
  void should_refuse_a_stale_champion_record_and_never_compare_it() {
    seedChampionVersion(champion().evaluation(evaluationOn(OTHER_TEST_SET, "1000.00", "0.10")).build());

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    String summary = "the registry's evaluation of champion version 1 of credit-risk is on another test set ("
        + OTHER_TEST_SET + ") than the candidate's (" + TEST_SET + "): refused, not compared;"
        + " pass the champion re-scored on today's test set";
    assertThat(report.outcome()).isEqualTo(RunOutcome.STALE_CHAMPION);
    assertThat(report.summary()).isEqualTo(summary);
    assertThat(report.championChallenger().decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(report.championChallenger().checks()).isEmpty();
    assertThat(report.championChallenger().reasons()).containsExactly(summary);
    assertThat(report.pipeline().verdict().reasons()).contains(summary);
    assertThat(report.decision()).isEqualTo(DeployDecision.SKIP);
    assertThat(report.championVersion()).isEqualTo("1");
    assertThat(report.championSource()).isEqualTo(ChampionSource.REGISTRY);
    assertThat(registry.alias(MODEL, "champion")).contains("1");
    assertThat(registry.version(MODEL, "2").orElseThrow().tags()).containsEntry("modelgate.outcome", "STALE_CHAMPION");
  }

  @Test
  void should_hold_when_the_champion_record_has_no_evaluation() {
    seedChampionVersion(champion().build());

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.NO_CHAMPION_EVALUATION);
    assertThat(report.summary())
        .isEqualTo("champion version 1 of credit-risk has no evaluation in the registry: not compared;"
            + " pass the champion re-scored on today's test set");
    assertThat(report.registryActions().get(4).detail()).isEqualTo("read version 1 of credit-risk, which has no evaluation");
    assertThat(report.decision()).isEqualTo(DeployDecision.SKIP);
  }

  @Test
  void should_hold_when_the_callers_champion_is_another_version_than_the_registrys() {
    seedChampion(registry, "45000.00");

    GateRunReport report =
        run(registry).run(request(evaluation("46000.00", "0.31"), Champion.of("7", evaluation("45000.00", "0.30"))));

    assertThat(report.outcome()).isEqualTo(RunOutcome.CHAMPION_MISMATCH);
    assertThat(report.summary())
        .isEqualTo("the champion passed to the run is version 7, but the registry's champion of credit-risk is"
            + " version 1: not compared");
    assertThat(report.championVersion()).isEqualTo("7");
    assertThat(registry.alias(MODEL, "champion")).contains("1");
  }

  @Test
  void should_hold_when_the_callers_champion_is_named_but_the_registry_has_none() {
    GateRunReport report =
        run(registry).run(request(evaluation("46000.00", "0.31"), Champion.of("7", evaluation("45000.00", "0.30"))));

    assertThat(report.outcome()).isEqualTo(RunOutcome.CHAMPION_MISMATCH);
    assertThat(report.summary())
        .isEqualTo("the champion passed to the run is version 7, but credit-risk has no champion in the registry:"
            + " not compared");
    assertThat(registry.alias(MODEL, "champion")).isEmpty();
  }
}
