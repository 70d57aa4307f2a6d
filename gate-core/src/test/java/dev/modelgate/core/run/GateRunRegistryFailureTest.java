package dev.modelgate.core.run;

import static dev.modelgate.core.run.RunFixtures.MODEL;
import static dev.modelgate.core.run.RunFixtures.REGISTRY_CLOCK;
import static dev.modelgate.core.run.RunFixtures.evaluation;
import static dev.modelgate.core.run.RunFixtures.request;
import static dev.modelgate.core.run.RunFixtures.run;
import static dev.modelgate.core.run.RunFixtures.seedChampion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import dev.modelgate.core.ChampionSource;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.PromotionDecision;
import dev.modelgate.core.RegistryAction;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.registry.InMemoryModelRegistry;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.RegistryException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateRunRegistryFailureTest {

  private final InMemoryModelRegistry registry = spy(new InMemoryModelRegistry(REGISTRY_CLOCK));

  @Test
  void should_hold_and_skip_when_the_registry_cannot_register_and_call_it_no_more() {
    ModelRegistry unreachable = mock(ModelRegistry.class);
    when(unreachable.register(any())).thenThrow(new RegistryException("registry unreachable"));

    GateRunReport report = run(unreachable).run(request(evaluation("46000.00", "0.31")));

    verify(unreachable).register(any());
    verifyNoMoreInteractions(unreachable);
    String summary = "the registry failed, so nothing was promoted:"
        + " registering credit-risk failed (RegistryException: registry unreachable)";
    assertThat(report.outcome()).isEqualTo(RunOutcome.REGISTRY_FAILED);
    assertThat(report.outcome().failedSafe()).isTrue();
    assertThat(report.summary()).isEqualTo(summary);
    assertThat(report.candidateVersion()).isNull();
    assertThat(report.championChallenger().decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(report.championChallenger().reasons()).containsExactly(summary);
    assertThat(report.decision()).isEqualTo(DeployDecision.SKIP);
    assertThat(report.registryActions())
        .singleElement()
        .satisfies(action -> {
          assertThat(action.outcome()).isEqualTo(RegistryAction.Outcome.FAILED);
          assertThat(action.tags()).containsEntry("modelgate.registration", "REGISTER");
        });
  }

  @Test
  void should_fail_safe_on_any_runtime_exception_of_a_registry_adapter() {
    ModelRegistry broken = mock(ModelRegistry.class);
    when(broken.register(any())).thenThrow(new IllegalStateException("connection pool closed"));

    GateRunReport report = run(broken).run(request(evaluation("46000.00", "0.31")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.REGISTRY_FAILED);
    assertThat(report.summary()).endsWith("registering credit-risk failed (IllegalStateException: connection pool closed)");
  }

  @Test
  void should_stop_calling_the_registry_when_reading_the_champion_fails() {
    seedChampion(registry, "45000.00");
    doThrow(new RegistryException("timeout")).when(registry).alias(MODEL, "champion");

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.REGISTRY_FAILED);
    assertThat(report.summary())
        .isEqualTo("the registry failed, so nothing was promoted:"
            + " reading alias champion of credit-risk failed (RegistryException: timeout)");
    assertThat(report.candidateVersion()).isEqualTo("2");
    verify(registry, never()).setTags(eq(MODEL), eq("2"), anyMap());
    assertThat(report.decision()).isEqualTo(DeployDecision.SKIP);
  }

  @Test
  void should_not_promote_when_moving_the_champion_fails() {
    seedChampion(registry, "45000.00");
    doThrow(new RegistryException("disk full"))
        .when(registry).setAlias(eq(MODEL), eq("champion"), any(), eq("2"), anyString());

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.REGISTRY_FAILED);
    assertThat(report.summary())
        .isEqualTo("the registry failed, so nothing was promoted:"
            + " moving alias champion of credit-risk to version 2 failed (RegistryException: disk full)");
    assertThat(report.championChallenger().decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(report.championChallenger().checks()).isNotEmpty();
    assertThat(report.decision()).isEqualTo(DeployDecision.SKIP);
    assertThat(registry.alias(MODEL, "champion")).contains("1");
    verify(registry, never()).setTags(eq(MODEL), eq("2"), anyMap());
  }

  @Test
  void should_keep_a_landed_promotion_when_only_tagging_fails() {
    seedChampion(registry, "45000.00");
    doThrow(new RegistryException("disk full")).when(registry).setTags(eq(MODEL), eq("2"), anyMap());

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.PROMOTED);
    assertThat(report.decision()).isEqualTo(DeployDecision.DEPLOY);
    List<RegistryAction> actions = report.registryActions();
    assertThat(actions.get(actions.size() - 1))
        .satisfies(action -> {
          assertThat(action.step()).isEqualTo(RegistryAction.Step.SET_TAGS);
          assertThat(action.outcome()).isEqualTo(RegistryAction.Outcome.FAILED);
          assertThat(action.detail()).isEqualTo("tagging version 2 of credit-risk failed (RegistryException: disk full)");
        });
  }

  @Test
  void should_fail_safe_when_the_champion_alias_points_to_a_missing_version() {
    seedChampion(registry, "45000.00");
    doReturn(Optional.empty()).when(registry).version(MODEL, "1");

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.REGISTRY_FAILED);
    assertThat(report.summary())
        .isEqualTo("the registry failed, so nothing was promoted:"
            + " version 1 of credit-risk, where alias champion points, does not exist");
    assertThat(report.championVersion()).isEqualTo("1");
    assertThat(report.championSource()).isEqualTo(ChampionSource.NOT_READ);
  }

  @Test
  void should_fail_safe_when_reading_the_champions_version_fails() {
    seedChampion(registry, "45000.00");
    doThrow(new RegistryException("version file unreadable")).when(registry).version(MODEL, "1");

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    assertThat(report.summary())
        .isEqualTo("the registry failed, so nothing was promoted:"
            + " reading version 1 of credit-risk failed (RegistryException: version file unreadable)");
    assertThat(registry.alias(MODEL, "champion")).contains("1");
  }
}
