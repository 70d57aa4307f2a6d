package dev.modelgate.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.canary.CanaryState;
import dev.modelgate.core.registry.InMemoryModelRegistry;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.RegisterRequest;
import dev.modelgate.examples.Demo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanaryDeploymentTest {

  private static final String MODEL = "german-credit";
  private static final Instant START = Instant.parse("2026-11-27T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(START, ZoneOffset.UTC);

  private static LocalCanaryRunner runner;

  @TempDir Path directory;

  private final InMemoryModelRegistry registry = new InMemoryModelRegistry(CLOCK);
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private AuditLog auditLog;
  private CanaryDeployment deployment;

  @BeforeAll
  static void train() {
    runner = LocalCanaryRunner.train(TrainedScorers.MODELS, TrainedScorers.CHAMPION.model(),
        TrainedScorers.CHALLENGER.model(), Demo.policy().canary());
  }

  @BeforeEach
  void registerThreeVersions() {
    for (int i = 0; i < 3; i++) {
      registry.register(RegisterRequest.builder().model(MODEL).source("models:/" + i).build());
    }
    auditLog = AuditLog.open(directory.resolve("audit.jsonl"), CLOCK);
    deployment = new CanaryDeployment(runner, registry, auditLog, "test-canary",
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  private List<AliasChange> championMoves() {
    return registry.aliasHistory(MODEL).stream().filter(c -> c.alias().equals("champion")).toList();
  }

  @Test
  void should_move_champion_back_to_the_serving_version_when_the_canary_rolls_back() {
    registry.setAlias(MODEL, "champion", Optional.empty(), "1", "layer-1");
    registry.setAlias(MODEL, "champion", Optional.of("1"), "3", "layer-2");

    CanaryRun run = deployment.deploy(MODEL, "3", "1", CanaryScenario.ERROR_SPIKE, START);

    assertThat(run.verdict().state()).isEqualTo(CanaryState.ROLLED_BACK);
    assertThat(registry.alias(MODEL, "champion")).contains("1");
    assertThat(championMoves().get(2)).satisfies(change -> {
      assertThat(change.from()).contains("3");
      assertThat(change.to()).contains("1");
      assertThat(change.actor()).isEqualTo("test-canary");
    });
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("  before: version 1 serves all traffic, @champion = 3")
        .contains("  @champion 3 -> 1 by test-canary (compare-and-set): the registry names the serving version"
            + " again");
    assertThat(auditLog.entries()).hasSize(2);
  }

  @Test
  void should_move_champion_to_the_candidate_with_the_canarys_compare_and_set_when_it_is_promoted() {
    registry.setAlias(MODEL, "champion", Optional.empty(), "1", "layer-1");

    CanaryRun run = deployment.deploy(MODEL, "3", "1", CanaryScenario.HEALTHY, START);

    assertThat(run.verdict().promoted()).isTrue();
    assertThat(registry.alias(MODEL, "champion")).contains("3");
    assertThat(run.verdict().championChange()).isEqualTo(championMoves().get(1));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("  @champion 1 -> 3 by test-canary, the canary's compare-and-set: version 3 serves all traffic");
    assertThat(auditLog.entries()).hasSize(2);
  }

  @Test
  void should_leave_champion_alone_after_a_rollback_when_it_does_not_name_the_candidate() {
    registry.setAlias(MODEL, "champion", Optional.empty(), "2", "someone-else");

    CanaryRun run = deployment.deploy(MODEL, "3", "1", CanaryScenario.LATENCY_REGRESSION, START);

    assertThat(run.verdict().state()).isEqualTo(CanaryState.ROLLED_BACK);
    assertThat(registry.alias(MODEL, "champion")).contains("2");
    assertThat(championMoves()).hasSize(1);
  }
}
