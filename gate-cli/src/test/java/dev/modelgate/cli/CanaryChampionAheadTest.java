package dev.modelgate.cli;

import static dev.modelgate.cli.CanaryFiles.ERROR_SPIKE;
import static dev.modelgate.cli.CanaryFiles.HEALTHY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.registry.FileModelRegistry;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.RegisterRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gate run} promotes at layer 2, so in a pipeline {@code @champion} already points to the
 * candidate when the canary starts: the canary is compared with the version before it, a
 * promotion leaves the alias, and any other end moves it back.
 */
class CanaryChampionAheadTest {

  @TempDir Path dir;

  private CanaryFiles files;
  private FakeKServe kserve;
  private Cli cli;
  private FileModelRegistry registry;

  @BeforeEach
  void setUp() throws IOException {
    files = new CanaryFiles(dir);
    kserve = new FakeKServe();
    cli = new Cli().env("KUBECONFIG", kserve.kubeconfig(dir).toString());
    registry = files.registry(Optional.of("1"));
    registry.setAlias("credit", "champion", Optional.of("1"), "2", "gate-run");
  }

  @AfterEach
  void stop() {
    kserve.close();
  }

  private Cli.Run canary(String... windows) {
    Path recording = files.recording("windows.jsonl", windows);
    return cli.run(files.replay(recording,
        files.withRegistry("--kserve-namespace", "ml-serving", "--kserve-name", "fraud-model")));
  }

  @Test
  void should_move_the_champion_back_when_the_canary_is_rolled_back() {
    Cli.Run run = canary(ERROR_SPIKE, ERROR_SPIKE);

    assertThat(run.code()).isEqualTo(ExitCode.ROLLED_BACK.code());
    assertThat(registry.alias("credit", "champion")).contains("1");
    List<AliasChange> history = registry.aliasHistory("credit");
    AliasChange last = history.get(history.size() - 1);
    assertThat(last.from()).contains("2");
    assertThat(last.to()).contains("1");
    assertThat(last.actor()).isEqualTo("modelgate-canary");
    assertThat(run.out()).endsWith("rolled back: credit version 2 against version 1, 2 windows\n"
        + "  2 failed windows reached the failure limit of 2 (cumulative)\n"
        + "  @champion moved back from 2 to 1: only a promotion keeps the candidate as champion\n");
  }

  @Test
  void should_leave_the_champion_on_a_promotion() {
    Cli.Run run = canary(HEALTHY, HEALTHY, HEALTHY);

    assertThat(run.code()).isEqualTo(ExitCode.OK.code());
    assertThat(registry.alias("credit", "champion")).contains("2");
    assertThat(registry.aliasHistory("credit")).hasSize(2);
    assertThat(run.out()).contains("\npromoted: credit version 2 against version 1, 3 windows\n");
  }

  @Test
  void should_only_say_what_a_real_run_would_do_in_a_dry_run() {
    Path recording = files.recording("spike.jsonl", ERROR_SPIKE, ERROR_SPIKE);

    Cli.Run run = cli.run(files.replay(recording, files.withRegistry("--dry-run")));

    assertThat(run.code()).isEqualTo(ExitCode.ROLLED_BACK.code());
    assertThat(registry.alias("credit", "champion")).contains("2");
    assertThat(run.out()).endsWith("  dry run: @champion stays at 2; a real run would move it back"
        + " to 1\n  dry run: no traffic was moved and nothing was written to the registry\n");
  }

  @Test
  void should_unset_the_champion_of_a_first_model_that_is_rolled_back() {
    Path firstDir = dir.resolve("first-model");
    FileModelRegistry first = FileModelRegistry.open(firstDir);
    first.register(RegisterRequest.builder().model("credit").source("s3://models/1").build());
    first.setAlias("credit", "champion", Optional.empty(), "1", "gate-run");
    Path recording = files.recording("spike.jsonl", ERROR_SPIKE, ERROR_SPIKE);

    Cli.Run run = cli.run(files.replay(recording, "--registry", firstDir.toString(),
        "--candidate-version", "1", "--kserve-namespace", "ml-serving", "--kserve-name",
        "fraud-model", "--format", "json"));

    assertThat(run.code()).isEqualTo(ExitCode.ROLLED_BACK.code());
    assertThat(first.alias("credit", "champion")).isEmpty();
    String verdict = run.out().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(verdict)
        .contains("\"model\":{\"model\":\"credit\",\"candidateVersion\":\"1\","
            + "\"championVersion\":null}")
        .contains("\"championRestored\":{\"from\":\"1\",\"to\":null,"
            + "\"actor\":\"modelgate-canary\"");
  }
}
