package dev.modelgate.cli;

import static dev.modelgate.cli.CanaryFiles.ERROR_SPIKE;
import static dev.modelgate.cli.CanaryFiles.HEALTHY;
import static dev.modelgate.cli.CanaryFiles.OUTAGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.registry.FileModelRegistry;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dry-run}: the analysis runs, nothing moves, and the exit status mirrors the decision. */
class CanaryDryRunTest {

  @TempDir Path dir;

  private CanaryFiles files;
  private FileModelRegistry registry;

  @BeforeEach
  void setUp() {
    files = new CanaryFiles(dir);
    registry = files.registry(Optional.of("1"));
  }

  @Test
  void should_say_it_would_have_promoted_write_nothing_and_exit_zero() {
    Path recording = files.recording("healthy.jsonl", HEALTHY, HEALTHY, HEALTHY);

    Cli.Run run = new Cli().run(files.replay(recording, files.withRegistry("--dry-run")));

    assertThat(run.code()).isEqualTo(ExitCode.OK.code());
    assertThat(registry.alias("credit", "champion")).contains("1");
    assertThat(registry.aliasHistory("credit")).hasSize(1);
    assertThat(run.out())
        .startsWith("state PENDING -> RUNNING, step 1 at 20%: step 1 of 1: the canary receives 20%"
            + " of the traffic\n")
        .endsWith("would have promoted: credit version 2 against version 1, 3 windows\n"
            + "  3 windows passed at 20%, the last step: the canary was promoted to 100% of the"
            + " traffic\n"
            + "  dry run: no traffic was moved and nothing was written to the registry\n")
        .doesNotContain("traffic SET_SHARE");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void should_exit_six_when_it_would_have_rolled_back() {
    Path recording = files.recording("spike.jsonl", HEALTHY, ERROR_SPIKE, ERROR_SPIKE);

    Cli.Run run = new Cli().run(files.replay(recording, "--dry-run"));

    assertThat(run.code()).isEqualTo(ExitCode.ROLLED_BACK.code());
    assertThat(run.out()).contains("\nwould have rolled back: credit, 3 windows\n");
    assertThat(run.err()).isEqualTo("gate canary: would have rolled back: 2 failed windows reached"
        + " the failure limit of 2 (cumulative)\n");
  }

  @Test
  void should_exit_seven_when_it_would_have_held() {
    Path recording = files.recording("outage.jsonl", OUTAGE, OUTAGE, HEALTHY);

    Cli.Run run = new Cli().run(files.replay(files.holdingPolicy, recording, "--dry-run"));

    assertThat(run.code()).isEqualTo(ExitCode.HELD.code());
    assertThat(run.out()).contains("\nwould have held: credit, 2 windows\n");
  }

  @Test
  void should_never_call_the_router_in_a_dry_run() throws Exception {
    Path recording = files.recording("spike.jsonl", ERROR_SPIKE, ERROR_SPIKE);
    try (FakeKServe kserve = new FakeKServe()) {
      Cli.Run run = new Cli().env("KUBECONFIG", kserve.kubeconfig(dir).toString())
          .run(files.replay(recording, "--dry-run", "--kserve-namespace", "ml-serving",
              "--kserve-name", "fraud-model"));

      assertThat(run.code()).isEqualTo(ExitCode.ROLLED_BACK.code());
      assertThat(kserve.requests()).isZero();
    }
  }

  @Test
  void should_treat_windows_past_the_end_of_the_recording_as_missing() {
    Path recording = files.recording("short.jsonl", HEALTHY);

    Cli.Run run = new Cli().run(files.replay(recording, "--dry-run"));

    assertThat(run.code()).isEqualTo(ExitCode.ROLLED_BACK.code());
    assertThat(run.out()).contains("window 2 12:01:00Z-12:02:00Z step 1 at 20%: INCONCLUSIVE: the"
        + " metrics source failed: the recording " + recording + " ends after window 1\n");
  }
}
