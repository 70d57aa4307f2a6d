package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the shaded {@code gate.jar} run as a process on real files, for each exit code, each
 * output file format and the JSON a pipeline reads.
 */
class GateJarIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private GateFiles files;
  private GateJar gate;

  @BeforeEach
  void setUp() {
    files = new GateFiles(dir);
    gate = new GateJar(dir);
  }

  @Test
  void should_print_help_with_the_exit_codes_and_log_nothing() throws Exception {
    GateJar.Run run = gate.run("--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: gate", "evaluate", "run", "register", "compare",
        "split", "registry", "Exit codes:");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void should_evaluate_a_file_to_json_with_the_documented_keys() throws Exception {
    GateJar.Run run =
        gate.run("evaluate", "--data", files.good.toString(), "--label", "Class", "--prediction",
            "predicted", "--positive", "Bad", "--id", "row_id", "--costs",
            "tp=0,fp=0,fn=-500,tn=100", "--format", "json");

    assertThat(run.code()).isZero();
    assertThat(run.err()).as("no progress when stderr is not a terminal, no logging").isEmpty();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.fieldNames()).toIterable()
        .contains("rows", "labels", "confusionMatrix", "accuracy", "balancedAccuracy", "mcc",
            "precision", "recall", "f1", "netBenefit", "testSetFingerprint");
    assertThat(json.get("labels").toString()).isEqualTo("[\"Bad\",\"Good\"]");
    assertThat(json.get("confusionMatrix").toString()).isEqualTo("[[4,0],[2,4]]");
    assertThat(json.get("netBenefit").decimalValue()).isEqualByComparingTo("400");
  }

  @Test
  void should_exit_zero_on_deploy_and_write_every_ci_output() throws Exception {
    Path githubOutput = Files.createFile(dir.resolve("github_output"));
    Path summary = Files.createFile(dir.resolve("step_summary.md"));
    Path kfp = dir.resolve("kfp/outputs/decision");

    GateJar.Run run =
        gate.env("GITHUB_OUTPUT", githubOutput.toString())
            .env("GITHUB_STEP_SUMMARY", summary.toString())
            .env("RUNNER_TEMP", dir.toString())
            .run(files.run(files.good, "--report", dir.resolve("gate-report.json").toString(),
                "--kfp-output-decision", kfp.toString(), "--format", "json"));

    assertThat(run.code()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.fieldNames()).toIterable()
        .contains("registration", "comparison", "decision", "candidateVersion", "checks");
    assertThat(json.get("decision").asText()).isEqualTo("DEPLOY");
    assertThat(Files.readString(githubOutput))
        .isEqualTo("decision=deploy\npromoted=true\nregistration=register\ncandidate-version=1\n"
            + "report=" + dir.resolve("gate-report.json") + "\n");
    assertThat(Files.readString(summary))
        .startsWith("## ModelGate `credit`: DEPLOY\n")
        .contains("| Layer | Metric | Check | Observed | Bound / champion | Passed |\n");
    assertThat(Files.readString(kfp, StandardCharsets.UTF_8)).isEqualTo("deploy");
    assertThat(JSON.readTree(dir.resolve("gate-report.json").toFile()).get("type").asText())
        .isEqualTo("gate-run");
  }

  @Test
  void should_exit_zero_on_a_hold_and_skip() throws Exception {
    gate.run(files.run(files.good));
    Path kfp = dir.resolve("decision");

    GateJar.Run run = gate.run(files.run(files.good, "--kfp-output-decision", kfp.toString()));

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("SKIP: version 2 of credit was held");
    assertThat(Files.readString(kfp)).isEqualTo("skip");
  }

  @Test
  void should_exit_zero_on_a_rejection_and_one_with_fail_on_reject() throws Exception {
    GateJar.Run green = gate.run(files.run(files.bad));
    GateJar.Run red = gate.run(files.run(files.bad, "--fail-on-reject"));

    assertThat(green.code()).isZero();
    assertThat(red.code()).isEqualTo(1);
    assertThat(red.out()).startsWith("SKIP: credit was rejected at registration");
  }

  @Test
  void should_exit_two_on_a_bad_flag_a_bad_file_and_a_bad_policy() throws Exception {
    Path policy =
        files.write("bad-policy.yaml", "apiVersion: modelgate.dev/v1\nname: x\nregistration:\n"
            + "  require:\n    - {metric: f1, greaterThan: high}\n");

    GateJar.Run flag = gate.run("evaluate", "--data", files.good.toString(), "--label", "Class");
    GateJar.Run file =
        gate.run("evaluate", "--data", "missing.csv", "--label", "Class", "--prediction", "p");
    GateJar.Run bad =
        gate.run("run", "--policy", policy.toString(), "--registry", files.registry.toString(),
            "--model", "credit", "--candidate", files.good.toString(), "--label", "Class",
            "--prediction", "predicted", "--positive", "Bad");

    assertThat(flag.code()).isEqualTo(2);
    assertThat(flag.err()).startsWith("gate evaluate: the predicted label is missing");
    assertThat(file.code()).isEqualTo(2);
    assertThat(file.err()).isEqualTo("gate evaluate: missing.csv: no such file\n");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err())
        .isEqualTo("gate run: " + policy + ":1:1: championChallenger: compares on net_benefit by"
            + " default, which needs costs: add a costs section or set compareOn\n"
            + policy + ":5:33: registration.require[0].greaterThan: expected a number, got"
            + " \"high\"\n");
  }

  @Test
  void should_exit_three_when_the_champion_was_evaluated_on_another_test_set() throws Exception {
    GateJar.Run run =
        gate.run(files.run(files.good, "--champion", files.otherTestSet.toString()));

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err())
        .matches("gate run: different test sets: this would compare data, not models \\(champion"
            + " sha256:[0-9a-f]{64}, candidate sha256:[0-9a-f]{64}\\)\n");
  }

  @Test
  void should_exit_four_when_the_registry_is_unreadable() throws Exception {
    gate.run(files.run(files.good));
    Files.writeString(files.registry.resolve("credit/aliases.json"), "{ broken");

    GateJar.Run run = gate.run(files.run(files.perfect));
    GateJar.Run show =
        gate.run("registry", "show", "--registry", files.registry.toString(), "--model", "credit");

    assertThat(run.code()).isEqualTo(4);
    assertThat(run.out()).startsWith("SKIP: ");
    assertThat(run.err())
        .as("core's warning through the shipped SLF4J binding, then the command's own line")
        .startsWith("WARN dev.modelgate.core.GateRun - model=credit step=READ_ALIAS")
        .contains("\ngate run: REGISTRY_FAILED: the registry failed, so nothing was promoted");
    assertThat(show.code()).isEqualTo(4);
    assertThat(show.err()).startsWith("gate registry show: ").contains("aliases.json");
  }

  @Test
  void should_split_with_the_fixed_seed_and_show_the_registry() throws Exception {
    gate.run(files.run(files.good));

    GateJar.Run split =
        gate.run("split", "--data", files.perfect.toString(), "--label", "Class", "--id", "row_id",
            "--train", "out/train.csv", "--test", "out/test.csv", "--test-fraction", "0.5");
    GateJar.Run show =
        gate.run("registry", "show", "--registry", files.registry.toString(), "--model", "credit",
            "--format", "json");

    assertThat(split.code()).isZero();
    assertThat(split.out()).containsPattern("test set sha256:[0-9a-f]{64}");
    assertThat(dir.resolve("out/test.csv")).isRegularFile();
    assertThat(show.code()).isZero();
    assertThat(JSON.readTree(show.out()).get("aliases").get("champion").asText()).isEqualTo("1");
  }
}
