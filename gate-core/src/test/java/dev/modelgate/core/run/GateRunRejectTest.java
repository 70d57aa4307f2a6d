package dev.modelgate.core.run;

import static dev.modelgate.core.run.RunFixtures.evaluation;
import static dev.modelgate.core.run.RunFixtures.evaluationOn;
import static dev.modelgate.core.run.RunFixtures.request;
import static dev.modelgate.core.run.RunFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.modelgate.core.ChampionSource;
import dev.modelgate.core.Champion;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.DifferentTestSetsException;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.PromotionDecision;
import dev.modelgate.core.RegistrationDecision;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.spi.ModelRegistry;
import org.junit.jupiter.api.Test;

class GateRunRejectTest {

  private final ModelRegistry registry = mock(ModelRegistry.class);

  @Test
  void should_not_touch_the_registry_when_the_candidate_is_rejected() {
    GateRunReport report = run(registry).run(request(evaluation("38000.00", "0.25")));

    verifyNoInteractions(registry);
    assertThat(report.outcome()).isEqualTo(RunOutcome.REJECTED);
    assertThat(report.summary()).isEqualTo("credit-risk was rejected at registration, so the registry was not touched");
    assertThat(report.registryActions()).isEmpty();
    assertThat(report.candidateVersion()).isNull();
    assertThat(report.championSource()).isEqualTo(ChampionSource.NOT_READ);
  }

  @Test
  void should_hold_and_skip_a_rejected_candidate_saying_why() {
    GateRunReport report = run(registry).run(request(evaluation("38000.00", "0.25")));

    assertThat(report.registration().decision()).isEqualTo(RegistrationDecision.REJECT);
    assertThat(report.registration().reasons()).containsExactly("net_benefit 38000.00 is not greater than 40000.00");
    assertThat(report.championChallenger().decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(report.championChallenger().reasons())
        .containsExactly("the candidate was rejected at registration, so it cannot be promoted");
    assertThat(report.decision()).isEqualTo(DeployDecision.SKIP);
    assertThat(report.promoted()).isFalse();
  }

  @Test
  void should_compare_a_rejected_candidate_with_the_callers_champion_without_the_registry() {
    Champion champion = Champion.of("4", evaluation("45000.00", "0.30"));

    GateRunReport report = run(registry).run(request(evaluation("38000.00", "0.25"), champion));

    verifyNoInteractions(registry);
    assertThat(report.championSource()).isEqualTo(ChampionSource.CALLER);
    assertThat(report.championVersion()).isEqualTo("4");
    assertThat(report.championChallenger().champion()).isEqualTo(champion.evaluation());
    assertThat(report.championChallenger().decision()).isEqualTo(PromotionDecision.HOLD);
  }

  @Test
  void should_refuse_a_callers_champion_on_another_test_set_before_deciding_anything() {
    Champion champion = Champion.of("4", evaluationOn(RunFixtures.OTHER_TEST_SET, "45000.00", "0.30"));

    assertThatThrownBy(() -> run(registry).run(request(evaluation("50000.00", "0.30"), champion)))
        .isInstanceOf(DifferentTestSetsException.class)
        .hasMessage("different test sets: this would compare data, not models (champion "
            + RunFixtures.OTHER_TEST_SET + ", candidate " + RunFixtures.TEST_SET + ")");
    verifyNoInteractions(registry);
  }
}
