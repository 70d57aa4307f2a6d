package dev.modelgate.cli;

import static dev.modelgate.cli.CanaryFiles.ERROR_SPIKE;
import static dev.modelgate.cli.CanaryFiles.HEALTHY;
import static dev.modelgate.cli.CanaryFiles.OUTAGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.registry.FileModelRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recorded canaries replayed against a KServe InferenceService (a stand-in API server), with the
 * file registry: the traffic moves, {@code @champion} moves only on a promotion, and each end has
 * its exit code.
 */
class CanaryKServeTest {

  private static final String PROMOTE = "{\"spec\":{\"predictor\":{\"canaryTrafficPercent\":null}}}";
  private static final String ROLLBACK = "{\"spec\":{\"predictor\":{\"canaryTrafficPercent\":0}}}";

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
  }

  @AfterEach
  void stop() {
    kserve.close();
  }

  private Cli.Run canary(Path policy, String... windows) {
    Path recording = files.recording("windows.jsonl", windows);
    return cli.run(files.replay(policy, recording,
        files.withRegistry("--kserve-namespace", "ml-serving", "--kserve-name", "fraud-model")));
  }

  @Test
  void should_promote_a_healthy_canary_move_the_champion_and_exit_zero() {
    Cli.Run run = canary(files.policy, HEALTHY, HEALTHY, HEALTHY);

    assertThat(run.code()).isEqualTo(ExitCode.OK.code());
    assertThat(kserve.patches()).containsExactly(PROMOTE);
    assertThat(registry.alias("credit", "champion")).contains("2");
    assertThat(run.out())
        .startsWith("traffic SET_SHARE 20%: CONFIRMED after 1 attempt: last seen 20%, ready\n"
            + "state PENDING -> RUNNING, step 1 at 20%: step 1 of 1: the canary receives 20% of"
            + " the traffic\n"
            + "window 1 12:00:00Z-12:01:00Z step 1 at 20%: PASS: canary error rate 0.0050 (1 of"
            + " 200) is at most 0.05; ")
        .endsWith("traffic PROMOTE 100%: CONFIRMED after 1 attempt: last seen 100%, ready\n"
            + "state RUNNING -> PROMOTED, step 1 at 100%: 3 windows passed at 20%, the last step:"
            + " the canary was promoted to 100% of the traffic\n"
            + "promoted: credit version 2 against version 1, 3 windows\n"
            + "  3 windows passed at 20%, the last step: the canary was promoted to 100% of the"
            + " traffic\n"
            + "  champion of credit moved from 1 to 2\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void should_roll_back_an_error_spike_keep_the_champion_and_exit_six() {
    Cli.Run run = canary(files.policy, HEALTHY, ERROR_SPIKE, ERROR_SPIKE, HEALTHY);

    assertThat(run.code()).isEqualTo(ExitCode.ROLLED_BACK.code());
    assertThat(kserve.patches()).containsExactly(ROLLBACK);
    assertThat(kserve.canaryTrafficPercent().asInt()).isZero();
    assertThat(registry.alias("credit", "champion")).contains("1");
    assertThat(run.out()).contains("window 2 12:01:00Z-12:02:00Z step 1 at 20%: FAIL: canary error"
        + " rate 0.1500 (30 of 200) is above 0.05; ")
        .doesNotContain("window 4");
    assertThat(run.err()).isEqualTo("gate canary: rolled back: 2 failed windows reached the failure"
        + " limit of 2 (cumulative)\n");
  }

  @Test
  void should_roll_back_a_metrics_outage_and_never_promote() {
    Cli.Run run = canary(files.policy, OUTAGE, HEALTHY, OUTAGE, HEALTHY, HEALTHY);

    assertThat(run.code()).isEqualTo(ExitCode.ROLLED_BACK.code());
    assertThat(kserve.patches()).containsExactly(ROLLBACK);
    assertThat(registry.alias("credit", "champion")).contains("1");
    assertThat(run.out())
        .contains("window 1 12:00:00Z-12:01:00Z step 1 at 20%: INCONCLUSIVE: the metrics source"
            + " failed: HTTP 503\n");
    assertThat(run.err()).isEqualTo("gate canary: rolled back: 2 inconclusive windows reached the"
        + " limit of 2: missing data is never a pass, so the policy rolls back\n");
  }

  @Test
  void should_hold_a_metrics_outage_when_the_policy_holds_and_leave_the_split() {
    Cli.Run run = canary(files.holdingPolicy, OUTAGE, OUTAGE);

    assertThat(run.code()).isEqualTo(ExitCode.HELD.code());
    assertThat(kserve.patches()).isEmpty();
    assertThat(kserve.canaryTrafficPercent().asInt()).isEqualTo(20);
    assertThat(registry.alias("credit", "champion")).contains("1");
    assertThat(run.err()).startsWith("gate canary: held: 2 inconclusive windows reached the limit"
        + " of 2");
  }

  @Test
  void should_exit_eight_loudly_when_the_rollback_cannot_be_confirmed() {
    kserve.refusePatches();

    Cli.Run run = canary(files.policy, ERROR_SPIKE, ERROR_SPIKE);

    assertThat(run.code()).isEqualTo(ExitCode.ROLLBACK_FAILED.code());
    assertThat(kserve.patches()).hasSize(5).containsOnly(ROLLBACK);
    assertThat(registry.alias("credit", "champion")).contains("1");
    assertThat(run.out()).contains("\nROLLBACK FAILED: credit version 2 against version 1, 2"
        + " windows: the canary may still receive 20% of the traffic: put it back on the champion"
        + " by hand\n");
    assertThat(run.err()).isEqualTo("gate canary: ROLLBACK FAILED: 2 failed windows reached the"
        + " failure limit of 2 (cumulative); rollback failed after 5 attempts (TrafficException:"
        + " cannot roll back the canary on InferenceService ml-serving/fraud-model: the API server"
        + " answered HTTP 422: admission webhook denied the request): the canary may still receive"
        + " traffic\n");
  }

  @Test
  void should_not_start_when_the_inference_service_cannot_be_read() {
    Cli.Run run = cli.run(files.replay(files.recording("w.jsonl", HEALTHY),
        "--kserve-namespace", "ml-serving", "--kserve-name", "other-model"));

    assertThat(run.code()).isEqualTo(ExitCode.INFRASTRUCTURE.code());
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("gate canary: cannot start the canary: cannot read the traffic"
        + " split on InferenceService ml-serving/other-model: it does not exist (HTTP 404); no"
        + " traffic was moved\n");
  }
}
