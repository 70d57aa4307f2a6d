package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.core.registry.FileModelRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private GateFiles files;

  @BeforeEach
  void writeFiles() {
    files = new GateFiles(dir);
  }

  private JsonNode json(Cli.Run run) throws IOException {
    return JSON.readTree(run.out());
  }

  @Test
  void should_promote_the_first_model_and_deploy() throws IOException {
    Cli.Run run = new Cli().run(files.run(files.good, "--format", "json"));

    assertThat(run.code()).isZero();
    JsonNode json = json(run);
    assertThat(json.get("registration").asText()).isEqualTo("REGISTER");
    assertThat(json.get("comparison").asText()).isEqualTo("PROMOTE");
    assertThat(json.get("decision").asText()).isEqualTo("DEPLOY");
    assertThat(json.get("candidateVersion").asText()).isEqualTo("1");
    assertThat(json.get("firstModel").asBoolean()).isTrue();
    assertThat(FileModelRegistry.open(files.registry).alias("credit", "champion")).contains("1");
  }

  @Test
  void should_reject_without_touching_the_registry_and_still_exit_zero() throws IOException {
    Cli.Run run = new Cli().run(files.run(files.bad, "--format", "json"));

    assertThat(run.code()).isZero();
    JsonNode json = json(run);
    assertThat(json.get("registration").asText()).isEqualTo("REJECT");
    assertThat(json.get("decision").asText()).isEqualTo("SKIP");
    assertThat(json.has("comparison")).isFalse();
    assertThat(json.has("candidateVersion")).isFalse();
    JsonNode check = json.get("checks").get(0);
    assertThat(check.get("metric").asText()).isEqualTo("net_benefit");
    assertThat(check.get("observed").decimalValue()).isEqualByComparingTo("-400");
    assertThat(check.get("bound").decimalValue()).isEqualByComparingTo("0");
    assertThat(check.get("passed").asBoolean()).isFalse();
    assertThat(FileModelRegistry.open(files.registry).models()).isEmpty();
  }

  @Test
  void should_exit_one_on_a_rejection_with_fail_on_reject() {
    Cli.Run run = new Cli().run(files.run(files.bad, "--fail-on-reject"));

    assertThat(run.code()).isEqualTo(ExitCode.REJECTED.code());
    assertThat(run.out()).startsWith("SKIP: credit was rejected at registration");
  }

  @Test
  void should_hold_a_tie_and_promote_a_strictly_better_candidate() throws IOException {
    new Cli().run(files.run(files.good));

    Cli.Run tie = new Cli().run(files.run(files.good, "--format", "json"));
    Cli.Run better = new Cli().run(files.run(files.perfect, "--format", "json"));

    assertThat(tie.code()).isZero();
    assertThat(json(tie).get("comparison").asText()).isEqualTo("HOLD");
    assertThat(json(tie).get("decision").asText()).isEqualTo("SKIP");
    JsonNode compared = json(tie).get("checks").get(1);
    assertThat(compared.get("layer").asText()).isEqualTo("championChallenger");
    assertThat(compared.get("champion").decimalValue()).isEqualByComparingTo("400");
    assertThat(json(better).get("comparison").asText()).isEqualTo("PROMOTE");
    assertThat(json(better).get("candidateVersion").asText()).isEqualTo("3");
    assertThat(json(better).get("championVersion").asText()).isEqualTo("1");
  }

  @Test
  void should_refuse_a_champion_file_on_another_test_set() {
    Cli.Run run =
        new Cli().run(files.run(files.good, "--champion", files.otherTestSet.toString()));

    assertThat(run.code()).isEqualTo(ExitCode.DIFFERENT_TEST_SETS.code());
    assertThat(run.err())
        .startsWith(
            "gate run: different test sets: this would compare data, not models (champion sha256:");
    assertThat(FileModelRegistry.open(files.registry).models()).isEmpty();
  }

  @Test
  void should_fail_safe_on_a_stale_champion_and_still_write_the_outputs() throws IOException {
    new Cli().run(files.run(files.otherTestSet));
    Path outputs = Files.createFile(dir.resolve("github-output"));

    Cli.Run run =
        new Cli().env("GITHUB_OUTPUT", outputs.toString()).env("RUNNER_TEMP", dir.toString())
            .run(files.run(files.good));

    assertThat(run.code()).isEqualTo(ExitCode.DIFFERENT_TEST_SETS.code());
    assertThat(run.err()).startsWith("gate run: STALE_CHAMPION: ");
    assertThat(Files.readString(outputs)).startsWith("decision=skip\npromoted=false\n");
  }

  @Test
  void should_write_github_outputs_a_step_summary_and_a_report_in_runner_temp() throws IOException {
    Path outputs = Files.createFile(dir.resolve("github-output"));
    Path summary = Files.createFile(dir.resolve("step-summary.md"));
    Path temp = Files.createDirectory(dir.resolve("runner-temp"));

    Cli.Run run =
        new Cli().env("GITHUB_OUTPUT", outputs.toString())
            .env("GITHUB_STEP_SUMMARY", summary.toString())
            .env("RUNNER_TEMP", temp.toString())
            .run(files.run(files.good));

    assertThat(run.code()).isZero();
    Path report;
    try (var reports = Files.list(temp)) {
      report = reports.findFirst().orElseThrow();
    }
    assertThat(report.getFileName().toString()).startsWith("modelgate-report-").endsWith(".json");
    assertThat(Files.readString(outputs))
        .isEqualTo(
            "decision=deploy\npromoted=true\nregistration=register\ncandidate-version=1\nreport="
                + report + "\n");
    assertThat(JSON.readTree(report.toFile()).get("outcome").asText()).isEqualTo("PROMOTED");
    assertThat(Files.readString(summary))
        .startsWith("## ModelGate `credit`: DEPLOY\n\n")
        .contains("| 1 registration | `net_benefit` | > | 400.00 | 0 | ✅ |\n");
  }

  @Test
  void should_write_the_kubeflow_decision_without_a_trailing_newline() throws IOException {
    Path decision = dir.resolve("kfp/outputs/decision");
    Path version = dir.resolve("kfp/outputs/version");

    Cli.Run run =
        new Cli().run(files.run(files.good, "--kfp-output-decision", decision.toString(),
            "--kfp-output-candidate-version", version.toString(), "--report",
            dir.resolve("reports/gate.json").toString()));

    assertThat(run.code()).isZero();
    assertThat(Files.readAllBytes(decision)).isEqualTo("deploy".getBytes());
    assertThat(Files.readAllBytes(version)).isEqualTo("1".getBytes());
    assertThat(dir.resolve("reports/gate.json")).isRegularFile();
  }

  @Test
  void should_print_every_problem_of_an_invalid_policy_file() {
    Path policy =
        files.write("broken.yaml", "apiVersion: modelgate.dev/v1\nname: ''\nregistration: {}\n");

    Cli.Run run =
        new Cli().run("run", "--policy", policy.toString(), "--registry", files.registry.toString(),
            "--model", "credit", "--candidate", files.good.toString(), "--label", "Class",
            "--prediction", "predicted");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .isEqualTo(
            "gate run: " + policy + ":1:1: championChallenger: compares on net_benefit by default,"
                + " which needs costs: add a costs section or set compareOn\n"
                + policy + ":2:7: name: must not be blank\n"
                + policy + ":3:15: registration: needs at least one check under require or anyOf\n");
  }

  @Test
  void should_refuse_a_positive_label_other_than_the_policys() {
    Cli.Run run = new Cli().run(files.run(files.good, "--positive", "Good"));

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .startsWith("gate run: --positive \"Good\" differs from the policy's positive label \"Bad\"\n");
  }

  @Test
  void should_exit_infrastructure_when_the_registry_cannot_be_used() throws IOException {
    Files.writeString(files.registry, "not a directory");

    Cli.Run run = new Cli().run(files.run(files.good));

    assertThat(run.code()).isEqualTo(ExitCode.INFRASTRUCTURE.code());
    assertThat(run.err()).startsWith("gate run: cannot create registry directory");
  }

  @Test
  void should_report_the_candidates_intervals_in_the_registration_verdict() throws IOException {
    Path report = dir.resolve("report.json");

    Cli.Run run = new Cli().run(files.run(files.good, "--report", report.toString()));

    assertThat(run.code()).isZero();
    JsonNode intervals = JSON.readTree(Files.readString(report)).get("registration").get("intervals");
    assertThat(intervals.isObject()).isTrue();
    assertThat(intervals.get("candidate").toString())
        .contains("\"accuracy\"").contains("\"f1\"").contains("\"net_benefit\"");
    assertThat(JSON.readTree(Files.readString(report)).get("registration").get("reasons").toString())
        .contains("for information, not required by the policy: the candidate's 95% intervals");
  }
}
