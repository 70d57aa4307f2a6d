package dev.modelgate.cli;

import static dev.modelgate.cli.CanaryFiles.ERROR_SPIKE;
import static dev.modelgate.cli.CanaryFiles.HEALTHY;
import static dev.modelgate.cli.CanaryFiles.OUTAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.core.registry.FileModelRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code java -jar gate.jar canary} as a process, replaying recorded canaries — with
 * the shaded fabric8 client talking to a stand-in KServe API server, and in dry runs.
 */
class CanaryJarIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private CanaryFiles files;
  private GateJar gate;

  @BeforeEach
  void setUp() {
    files = new CanaryFiles(dir);
    gate = new GateJar(dir);
  }

  @Test
  void should_promote_a_healthy_canary_through_kserve_and_move_the_champion() throws Exception {
    FileModelRegistry registry = files.registry(Optional.of("1"));
    Path recording = files.recording("healthy.jsonl", HEALTHY, HEALTHY, HEALTHY);
    try (FakeKServe kserve = new FakeKServe()) {
      GateJar.Run run = gate.env("KUBECONFIG", kserve.kubeconfig(dir).toString())
          .run(files.replay(recording, files.withRegistry("--kserve-namespace", "ml-serving",
              "--kserve-name", "fraud-model")));

      assertThat(run.code()).isZero();
      assertThat(run.err()).as("no logging on a promotion").isEmpty();
      assertThat(run.out()).contains("\npromoted: credit version 2 against version 1, 3 windows\n");
      assertThat(kserve.patches())
          .containsExactly("{\"spec\":{\"predictor\":{\"canaryTrafficPercent\":null}}}");
      assertThat(registry.alias("credit", "champion")).contains("2");
    }
  }

  @Test
  void should_exit_six_on_an_error_spike_and_print_json_lines_that_parse() throws Exception {
    Path recording = files.recording("spike.jsonl", HEALTHY, ERROR_SPIKE, OUTAGE, ERROR_SPIKE);

    GateJar.Run run = gate.run(files.replay(recording, "--dry-run", "--format", "json"));

    assertThat(run.code()).isEqualTo(6);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).extracting(line -> line.get("type").asText())
        .containsExactly("window", "window", "window", "window", "verdict");
    assertThat(lines).extracting(line -> line.path("outcome").asText())
        .containsExactly("PASS", "FAIL", "INCONCLUSIVE", "FAIL", "");
    assertThat(lines.get(4).get("summary").asText()).isEqualTo("would have rolled back");
    assertThat(run.err()).isEqualTo("gate canary: would have rolled back: 2 failed windows reached"
        + " the failure limit of 2 (cumulative)\n");
  }

  @Test
  void should_exit_seven_when_a_holding_policy_runs_out_of_data() throws Exception {
    Path recording = files.recording("outage.jsonl", OUTAGE, OUTAGE);

    GateJar.Run run = gate.run(files.replay(files.holdingPolicy, recording, "--dry-run"));

    assertThat(run.code()).isEqualTo(7);
    assertThat(run.out()).contains("\nwould have held: credit, 2 windows\n");
  }

  @Test
  void should_exit_two_on_a_replay_without_a_router_or_dry_run() throws Exception {
    Path recording = files.recording("healthy.jsonl", HEALTHY);

    GateJar.Run run = gate.run(files.replay(recording));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("gate canary: --metrics-file replays recorded windows and no"
        + " traffic router is given: add --dry-run to analyse without moving traffic (or"
        + " --kserve-namespace and --kserve-name to move it)\n"
        + "Try 'gate canary --help' for more information.\n");
  }
}
