package dev.modelgate.cli;

import static dev.modelgate.cli.CanaryFiles.HEALTHY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags that are missing or do not fit together exit 2 before anything runs, all reported at once. */
class CanaryFlagsTest {

  private static final String TRY = "Try 'gate canary --help' for more information.\n";

  @TempDir Path dir;

  private CanaryFiles files;
  private Path recording;

  @BeforeEach
  void setUp() {
    files = new CanaryFiles(dir);
    recording = files.recording("healthy.jsonl", HEALTHY, HEALTHY, HEALTHY);
  }

  private Cli.Run canary(String... more) {
    String[] args = new String[more.length + 5];
    System.arraycopy(new String[] {"canary", "--policy", files.policy.toString(), "--model", "credit"},
        0, args, 0, 5);
    System.arraycopy(more, 0, args, 5, more.length);
    return new Cli().run(args);
  }

  @Test
  void should_ask_for_metrics_and_a_router() {
    Cli.Run run = canary();

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).isEqualTo("gate canary: the canary's metrics are missing: give"
        + " --prometheus-url URL, or --metrics-file FILE to replay a recording; no traffic router:"
        + " give --kserve-namespace NS and --kserve-name NAME, or --dry-run to analyse without"
        + " moving traffic\n" + TRY);
  }

  @Test
  void should_require_dry_run_to_replay_a_recording_without_a_router() {
    Cli.Run run = canary("--metrics-file", recording.toString());

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).isEqualTo("gate canary: --metrics-file replays recorded windows and no"
        + " traffic router is given: add --dry-run to analyse without moving traffic (or"
        + " --kserve-namespace and --kserve-name to move it)\n" + TRY);
  }

  @Test
  void should_refuse_two_sources_and_prometheus_flags_on_a_replay() {
    Cli.Run both = canary("--metrics-file", recording.toString(), "--prometheus-url",
        "http://127.0.0.1:9090", "--dry-run");
    Cli.Run stray = canary("--metrics-file", recording.toString(), "--champion-label", "a",
        "--canary-label", "b", "--record-metrics", "out.jsonl", "--dry-run");

    assertThat(both.err()).isEqualTo("gate canary: --prometheus-url and --metrics-file both give"
        + " the canary's metrics: use one of them\n" + TRY);
    assertThat(stray.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(stray.err()).isEqualTo("gate canary: --champion-label, --canary-label are for"
        + " --prometheus-url: they do nothing with --metrics-file; --record-metrics records what"
        + " Prometheus reports: a --metrics-file replay is a recording already\n" + TRY);
  }

  @Test
  void should_ask_prometheus_for_labels_and_the_predictions_the_policy_checks() {
    Cli.Run run = canary("--prometheus-url", "http://127.0.0.1:9090", "--dry-run");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).isEqualTo("gate canary: --prometheus-url needs --champion-label: the"
        + " model label's value on the champion's series; --prometheus-url needs --canary-label:"
        + " the model label's value on the canary's series; the policy's canary check psi needs"
        + " each model's predictions: give --score-histogram METRIC or --class-counter METRIC\n"
        + TRY);
  }

  @Test
  void should_check_the_prometheus_settings_and_credentials() {
    Cli.Run run = new Cli().env("PROMETHEUS_USERNAME", "ci")
        .run("canary", "--policy", files.policy.toString(), "--model", "credit",
            "--prometheus-url", "ftp://prometheus", "--champion-label", "a", "--canary-label", "b",
            "--class-counter", "predictions_total", "--no-latency", "--latency-unit", "seconds",
            "--scrape-interval", "-1", "--dry-run");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).isEqualTo("gate canary: the policy bounds latency (p99), which"
        + " --no-latency does not read; --no-latency reads no latency: drop --latency-unit;"
        + " --scrape-interval = -1 must not be negative; PROMETHEUS_USERNAME is set but"
        + " PROMETHEUS_PASSWORD is not: basic auth needs both;"
        + " baseUrl ftp://prometheus must start with http:// or https://\n" + TRY);
  }

  @Test
  void should_check_the_kserve_flags() {
    Cli.Run half = canary("--metrics-file", recording.toString(), "--kserve-namespace", "ml");
    Cli.Run invalid = canary("--metrics-file", recording.toString(), "--kserve-namespace", "ML",
        "--kserve-name", "fraud_model");

    assertThat(half.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(half.err()).isEqualTo("gate canary: --kserve-namespace needs --kserve-name: the"
        + " InferenceService whose traffic the canary moves\n" + TRY);
    assertThat(invalid.err()).isEqualTo("gate canary: --kserve-namespace: namespace = \"ML\" is"
        + " not a valid Kubernetes namespace (lowercase letters, digits and '-', starting and"
        + " ending with a letter or digit, at most 63 characters); --kserve-name: name ="
        + " \"fraud_model\" is not a valid InferenceService name (lowercase letters, digits and"
        + " '-', starting with a letter and ending with a letter or digit, at most 63"
        + " characters)\n" + TRY);
  }

  @Test
  void should_need_the_candidate_version_and_a_known_one_with_a_registry() {
    files.registry(Optional.of("1"));

    Cli.Run missing = canary("--metrics-file", recording.toString(), "--dry-run", "--registry",
        files.registry.toString());
    Cli.Run unknown = canary("--metrics-file", recording.toString(), "--dry-run", "--registry",
        files.registry.toString(), "--candidate-version", "9");
    Cli.Run noDirectory = canary("--metrics-file", recording.toString(), "--dry-run",
        "--registry", dir.resolve("nowhere").toString(), "--candidate-version", "2");

    assertThat(missing.err()).isEqualTo("gate canary: --registry needs --candidate-version: the"
        + " version the canary serves, which a promotion makes @champion\n" + TRY);
    assertThat(unknown.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(unknown.err())
        .isEqualTo("gate canary: registry " + files.registry + " has no version 9 of credit\n");
    assertThat(noDirectory.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(noDirectory.err())
        .isEqualTo("gate canary: " + dir.resolve("nowhere") + ": no such registry directory\n");
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  @Test
  void should_report_every_problem_of_a_recording_with_its_line() {
    Path bad = files.write("bad.jsonl",
        CanaryFiles.line(1, HEALTHY) + "\n"
            + "\n"
            + CanaryFiles.line(3, HEALTHY) + "\n"
            + "{\"window\":3,\"start\":\"2024-06-01T12:02:00Z\",\"end\":\"2024-06-01T12:02:30Z\","
            + "\"missing\":\"OFFLINE\"}\n"
            + "not json\n");

    Cli.Run run = canary("--metrics-file", bad.toString(), "--dry-run");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("gate canary: " + bad + ":3: window: expected 2 (windows are"
        + " numbered 1, 2, 3, ... in order), got 3\n"
        + bad + ":4: missing: expected one of NO_TRAFFIC, EMPTY_RESULT, NOT_A_NUMBER,"
        + " SOURCE_ERROR, TIMEOUT, got \"OFFLINE\"\n"
        + bad + ":5: not a JSON object: Unrecognized token 'not': was expecting (JSON String,"
        + " Number, Array, Object or token 'null', 'true' or 'false')\n");
  }

  @Test
  void should_refuse_a_recording_whose_windows_do_not_match_the_policy() {
    Path bad = files.write("short-windows.jsonl",
        "{\"window\":1,\"start\":\"2024-06-01T12:00:00Z\",\"end\":\"2024-06-01T12:00:30Z\","
            + HEALTHY + "}\n"
            + "{\"window\":2,\"start\":\"2024-06-01T12:05:00Z\",\"end\":\"2024-06-01T12:06:00Z\","
            + HEALTHY + "}\n");

    Cli.Run run = canary("--metrics-file", bad.toString(), "--dry-run");

    assertThat(run.err()).isEqualTo("gate canary: " + bad + ":1: window 1 lasts 30 s, but the"
        + " policy's canary windows last 60 s (canary.intervalSeconds)\n"
        + bad + ":2: window 2 starts at 2024-06-01T12:05:00Z, but window 1 ended at"
        + " 2024-06-01T12:00:30Z: windows follow each other\n");
  }

  @Test
  void should_name_a_missing_recording() {
    Cli.Run run = canary("--metrics-file", "missing.jsonl", "--dry-run");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).isEqualTo("gate canary: missing.jsonl: no such file\n");
  }
}
