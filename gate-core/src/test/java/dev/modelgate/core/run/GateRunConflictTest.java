package dev.modelgate.core.run;

import static dev.modelgate.core.run.RunFixtures.MODEL;
import static dev.modelgate.core.run.RunFixtures.REGISTRY_CLOCK;
import static dev.modelgate.core.run.RunFixtures.evaluation;
import static dev.modelgate.core.run.RunFixtures.request;
import static dev.modelgate.core.run.RunFixtures.run;
import static dev.modelgate.core.run.RunFixtures.seedChampion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import dev.modelgate.core.CheckResult;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.PromotionDecision;
import dev.modelgate.core.RegistryAction;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.registry.InMemoryModelRegistry;
import dev.modelgate.core.spi.RegisterRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateRunConflictTest {

  private final InMemoryModelRegistry registry = spy(new InMemoryModelRegistry(REGISTRY_CLOCK));

  /** Right after the run's first read of the champion alias, another run promotes version {@code 3}. */
  private void moveChampionAfterItIsRead() {
    doAnswer(read -> {
      Object seen = read.callRealMethod();
      String rival =
          registry.register(RegisterRequest.builder().model(MODEL).source("s3://rival").build()).version();
      registry.setAlias(MODEL, "champion", Optional.of("1"), rival, "other-run");
      return seen;
    }).doCallRealMethod().when(registry).alias(MODEL, "champion");
  }

  @Test
  void should_not_promote_when_the_champion_moved_between_read_and_promotion() {
    seedChampion(registry, "45000.00");
    moveChampionAfterItIsRead();

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    String summary = "version 2 of credit-risk was not promoted: the champion moved from version 1 to version 3"
        + " since it was read, so it was compared with a stale champion; run the gate again";
    assertThat(report.outcome()).isEqualTo(RunOutcome.CHAMPION_MOVED);
    assertThat(report.summary()).isEqualTo(summary);
    assertThat(registry.alias(MODEL, "champion")).contains("3");
    assertThat(report.decision()).isEqualTo(DeployDecision.SKIP);
    assertThat(report.promoted()).isFalse();
  }

  @Test
  void should_keep_the_passed_checks_and_say_why_the_promotion_did_not_land() {
    seedChampion(registry, "45000.00");
    moveChampionAfterItIsRead();

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    assertThat(report.championChallenger().decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(report.championChallenger().checks()).isNotEmpty().allMatch(CheckResult::passed);
    assertThat(report.championChallenger().reasons().get(0)).isEqualTo(report.summary());
    assertThat(report.championChallenger().reasons().get(1))
        .isEqualTo("candidate net_benefit 46000.00 is better than champion 45000.00");
    RegistryAction conflict = report.registryActions().get(5);
    assertThat(conflict.step()).isEqualTo(RegistryAction.Step.SET_ALIAS);
    assertThat(conflict.outcome()).isEqualTo(RegistryAction.Outcome.CONFLICT);
    assertThat(conflict.from()).isEqualTo("1");
    assertThat(conflict.version()).isEqualTo("2");
    assertThat(conflict.detail())
        .isEqualTo("alias \"champion\" of model \"credit-risk\" was expected at version 1 but is at version 3:"
            + " it moved since it was read");
    assertThat(registry.version(MODEL, "2").orElseThrow().tags())
        .containsEntry("modelgate.champion-challenger", "HOLD")
        .containsEntry("modelgate.pipeline", "SKIP")
        .containsEntry("modelgate.outcome", "CHAMPION_MOVED");
  }

  @Test
  void should_go_on_when_another_run_moved_the_candidate_alias_meanwhile() {
    seedChampion(registry, "45000.00");
    doAnswer(read -> {
      Object seen = read.callRealMethod();
      String rival =
          registry.register(RegisterRequest.builder().model(MODEL).source("s3://rival").build()).version();
      registry.setAlias(MODEL, "candidate", Optional.of("1"), rival, "other-run");
      return seen;
    }).doCallRealMethod().when(registry).alias(MODEL, "candidate");

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    assertThat(report.registryActions().get(2).outcome()).isEqualTo(RegistryAction.Outcome.CONFLICT);
    assertThat(report.outcome()).isEqualTo(RunOutcome.PROMOTED);
    assertThat(registry.alias(MODEL, "champion")).contains("2");
  }
}
