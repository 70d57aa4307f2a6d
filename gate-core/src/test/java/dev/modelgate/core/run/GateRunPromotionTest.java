package dev.modelgate.core.run;

import static dev.modelgate.core.RegistryAction.Outcome.DONE;
import static dev.modelgate.core.run.RunFixtures.MODEL;
import static dev.modelgate.core.run.RunFixtures.REGISTRY_CLOCK;
import static dev.modelgate.core.run.RunFixtures.evaluation;
import static dev.modelgate.core.run.RunFixtures.request;
import static dev.modelgate.core.run.RunFixtures.run;
import static dev.modelgate.core.run.RunFixtures.seedChampion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.modelgate.core.ChampionSource;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.FirstModelRule;
import dev.modelgate.core.RegistryAction;
import dev.modelgate.core.RegistryAction.Step;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.registry.InMemoryModelRegistry;
import dev.modelgate.core.spi.ModelVersion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateRunPromotionTest {

  private final InMemoryModelRegistry registry = new InMemoryModelRegistry(REGISTRY_CLOCK);

  @Test
  void should_promote_a_first_model_by_the_policys_rule() {
    GateRunReport report = seedChampion(registry, "45000.00");

    assertThat(report.outcome()).isEqualTo(RunOutcome.PROMOTED);
    assertThat(report.summary()).isEqualTo("version 1 of credit-risk is the first champion");
    assertThat(report.championSource()).isEqualTo(ChampionSource.NONE);
    assertThat(report.championChallenger().firstModel()).isTrue();
    assertThat(report.decision()).isEqualTo(DeployDecision.DEPLOY);
    assertThat(registry.alias(MODEL, "champion")).contains("1");
    assertThat(registry.alias(MODEL, "candidate")).contains("1");
  }

  @Test
  void should_register_alias_compare_promote_and_tag_in_that_order() {
    seedChampion(registry, "45000.00");

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    assertThat(report.registryActions())
        .extracting(RegistryAction::step, RegistryAction::outcome, RegistryAction::detail)
        .containsExactly(
            tuple(Step.REGISTER, DONE,
                "registered version 2 of credit-risk"),
            tuple(Step.READ_ALIAS, DONE,
                "alias candidate of credit-risk points to version 1"),
            tuple(Step.SET_ALIAS, DONE,
                "moved alias candidate of credit-risk from version 1 to version 2"),
            tuple(Step.READ_ALIAS, DONE,
                "alias champion of credit-risk points to version 1"),
            tuple(Step.READ_VERSION, DONE,
                "read version 1 of credit-risk, evaluated on " + RunFixtures.TEST_SET),
            tuple(Step.SET_ALIAS, DONE,
                "moved alias champion of credit-risk from version 1 to version 2"),
            tuple(Step.SET_TAGS, DONE,
                "tagged version 2 of credit-risk with the gate's decisions"));
    assertThat(report.outcome()).isEqualTo(RunOutcome.PROMOTED);
    assertThat(report.summary()).isEqualTo("version 2 of credit-risk is the new champion, replacing version 1");
    assertThat(report.championSource()).isEqualTo(ChampionSource.REGISTRY);
    assertThat(report.championChallenger().context().model().championVersion()).isEqualTo("1");
    assertThat(registry.alias(MODEL, "champion")).contains("2");
  }

  @Test
  void should_register_the_candidate_with_its_source_run_evaluation_and_tags() {
    seedChampion(registry, "45000.00");

    run(registry).run(request(evaluation("46000.00", "0.31")));

    ModelVersion version = registry.version(MODEL, "2").orElseThrow();
    assertThat(version.source()).hasToString(RunFixtures.SOURCE);
    assertThat(version.runId()).contains("train-7");
    assertThat(version.description()).isEqualTo("weekly retrain");
    assertThat(version.evaluation()).contains(evaluation("46000.00", "0.31"));
    assertThat(version.tags())
        .containsEntry("team", "risk")
        .containsEntry("modelgate.registration", "REGISTER")
        .containsEntry("modelgate.policy", MODEL)
        .containsEntry("modelgate.test-set", RunFixtures.TEST_SET)
        .containsKey("modelgate.policy-sha256")
        .doesNotContainKey("modelgate.fast-track");
  }

  @Test
  void should_record_the_decisions_as_tags_on_the_version() {
    seedChampion(registry, "45000.00");

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    assertThat(registry.version(MODEL, "2").orElseThrow().tags())
        .containsEntry("modelgate.champion-challenger", "PROMOTE")
        .containsEntry("modelgate.pipeline", "DEPLOY")
        .containsEntry("modelgate.outcome", "PROMOTED")
        .containsEntry("modelgate.champion-version", "1")
        .containsEntry("modelgate.decided-at", report.championChallenger().context().decidedAt().toString());
  }

  @Test
  void should_hold_a_candidate_that_ties_the_champion_and_leave_the_champion_alias() {
    seedChampion(registry, "45000.00");

    GateRunReport report = run(registry).run(request(evaluation("45000.00", "0.30")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.HELD);
    assertThat(report.summary()).isEqualTo("version 2 of credit-risk was held: version 1 stays champion");
    assertThat(report.championChallenger().reasons())
        .startsWith("candidate net_benefit 45000.00 only ties champion 45000.00: ties go to the champion");
    assertThat(report.decision()).isEqualTo(DeployDecision.SKIP);
    assertThat(registry.alias(MODEL, "champion")).contains("1");
    assertThat(registry.alias(MODEL, "candidate")).contains("2");
    assertThat(registry.version(MODEL, "2").orElseThrow().tags())
        .containsEntry("modelgate.champion-challenger", "HOLD")
        .containsEntry("modelgate.pipeline", "SKIP")
        .containsEntry("modelgate.outcome", "HELD");
  }

  @Test
  void should_record_a_fast_track_on_the_version_and_in_every_verdict() {
    seedChampion(registry, "45000.00");

    GateRunReport report =
        run(RunFixtures.fastTrackPolicy(), registry).run(request(evaluation("46000.00", "0.15")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.HELD);
    assertThat(report.championChallenger().reasons().get(0))
        .isEqualTo("fast-track policy approved by cto@example.com: champion leaks PII, INC-4711");
    assertThat(registry.version(MODEL, "2").orElseThrow().tags())
        .containsEntry("modelgate.fast-track", "true")
        .containsEntry("modelgate.fast-track.approver", "cto@example.com")
        .containsEntry("modelgate.fast-track.reason", "champion leaks PII, INC-4711");
  }

  @Test
  void should_hold_a_first_model_when_the_policy_says_so_and_leave_the_champion_unset() {
    GateRunReport report =
        run(RunFixtures.policy().toBuilder()
                .championChallenger(RunFixtures.policy().championChallenger().toBuilder()
                    .firstModel(FirstModelRule.HOLD).build())
                .build(),
            registry)
            .run(request(evaluation("45000.00", "0.30")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.HELD);
    assertThat(report.summary()).isEqualTo("version 1 of credit-risk was held: the champion alias stays unset");
    assertThat(registry.alias(MODEL, "champion")).isEqualTo(Optional.empty());
  }
}
