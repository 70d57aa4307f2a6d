package dev.modelgate.cli;

import static dev.modelgate.cli.CanaryFiles.ERROR_SPIKE;
import static dev.modelgate.cli.CanaryFiles.HEALTHY;
import static dev.modelgate.cli.CanaryFiles.OUTAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.core.audit.AuditEntry;
import dev.modelgate.core.audit.AuditLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code gate canary} prints and writes: JSON lines, the report, CI outputs, the audit log. */
class CanaryOutputsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private CanaryFiles files;

  @BeforeEach
  void setUp() {
    files = new CanaryFiles(dir);
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  @Test
  void should_print_one_json_object_per_window_then_the_verdict() throws IOException {
    Path recording = files.recording("mixed.jsonl", HEALTHY, OUTAGE, ERROR_SPIKE, ERROR_SPIKE);

    Cli.Run run = new Cli().run(files.replay(recording, "--dry-run", "--format", "json"));

    assertThat(run.code()).isEqualTo(ExitCode.ROLLED_BACK.code());
    List<JsonNode> lines = lines(run.out());
    assertThat(lines).hasSize(5);
    assertThat(lines).extracting(line -> line.get("type").asText())
        .containsExactly("window", "window", "window", "window", "verdict");
    assertThat(lines.subList(0, 4)).extracting(line -> line.get("outcome").asText())
        .containsExactly("PASS", "INCONCLUSIVE", "FAIL", "FAIL");
    assertThat(lines.get(1).get("missing").asText()).isEqualTo("SOURCE_ERROR");
    assertThat(lines.get(2).get("counts").get("canaryErrors").asLong()).isEqualTo(30);
    assertThat(lines.get(2).get("checks").get(0).get("observed").decimalValue())
        .isEqualByComparingTo("0.15");
    JsonNode verdict = lines.get(4);
    assertThat(verdict.get("decision").asText()).isEqualTo("ROLLBACK");
    assertThat(verdict.get("summary").asText()).isEqualTo("would have rolled back");
    assertThat(verdict.get("dryRun").asBoolean()).isTrue();
    assertThat(verdict.get("windows")).hasSize(4);
    assertThat(verdict.get("report").isNull()).isTrue();
    assertThat(verdict.get("championRestored").isNull()).isTrue();
  }

  @Test
  void should_write_the_report_the_github_outputs_and_the_step_summary() throws IOException {
    Path recording = files.recording("spike.jsonl", ERROR_SPIKE, ERROR_SPIKE);
    Path outputs = Files.createFile(dir.resolve("github-output"));
    Path summary = Files.createFile(dir.resolve("step-summary.md"));
    Path report = dir.resolve("reports/canary.json");

    Cli.Run run = new Cli().env("GITHUB_OUTPUT", outputs.toString())
        .env("GITHUB_STEP_SUMMARY", summary.toString())
        .run(files.replay(recording, "--dry-run", "--report", report.toString()));

    assertThat(run.code()).isEqualTo(ExitCode.ROLLED_BACK.code());
    assertThat(Files.readString(outputs))
        .isEqualTo("canary-decision=rollback\ncanary-report=" + report + "\n");
    JsonNode written = JSON.readTree(report.toFile());
    assertThat(written.get("type").asText()).isEqualTo("canary");
    assertThat(written.get("state").asText()).isEqualTo("ROLLED_BACK");
    assertThat(written.get("policy").get("failureLimit").asInt()).isEqualTo(2);
    assertThat(run.out()).endsWith("report: " + report + "\n");
    assertThat(Files.readString(summary))
        .startsWith("## ModelGate canary `credit`: would have rolled back: credit, 2 windows\n\n"
            + "- 2 failed windows reached the failure limit of 2 (cumulative)\n"
            + "- dry run: no traffic was moved and nothing was written to the registry\n\n"
            + "| Window | Step | Canary share | Outcome | Champion requests / errors |"
            + " Canary requests / errors | Reasons |\n")
        .contains("| 1 | 1 | 20 % | ❌ FAIL | 800 / 4 | 200 / 30 | canary error rate 0.1500 (30"
            + " of 200) is above 0.05; ")
        .endsWith("Report: `" + report + "`\n\n");
  }

  @Test
  void should_put_the_report_in_runner_temp_for_github_actions() throws IOException {
    Path recording = files.recording("healthy.jsonl", HEALTHY, HEALTHY, HEALTHY);
    Path outputs = Files.createFile(dir.resolve("github-output"));
    Path temp = Files.createDirectory(dir.resolve("runner-temp"));

    Cli.Run run = new Cli().env("GITHUB_OUTPUT", outputs.toString())
        .env("RUNNER_TEMP", temp.toString())
        .run(files.replay(recording, "--dry-run"));

    assertThat(run.code()).isEqualTo(ExitCode.OK.code());
    Path report;
    try (var reports = Files.list(temp)) {
      report = reports.findFirst().orElseThrow();
    }
    assertThat(Files.readString(outputs))
        .isEqualTo("canary-decision=promote\ncanary-report=" + report + "\n");
  }

  @Test
  void should_append_every_transition_to_the_audit_log() {
    Path recording = files.recording("healthy.jsonl", HEALTHY, HEALTHY, HEALTHY);
    Path audit = dir.resolve("audit/canary.jsonl");

    Cli.Run run = new Cli().run(files.replay(recording, "--dry-run", "--audit-log", audit.toString()));

    assertThat(run.code()).isEqualTo(ExitCode.OK.code());
    AuditLog log = AuditLog.open(audit, Clock.systemUTC());
    assertThat(log.verify().intact()).isTrue();
    assertThat(log.entries()).extracting(AuditEntry::type)
        .containsExactly("canary.transition", "canary.transition");
  }
}
