package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.core.registry.FileModelRegistry;
import dev.modelgate.core.spi.ModelVersion;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterCommandTest {

  @TempDir Path dir;

  private GateFiles files;

  @BeforeEach
  void writeFiles() {
    files = new GateFiles(dir);
  }

  @Test
  void should_register_a_candidate_that_clears_layer_one_and_point_candidate_at_it()
      throws IOException {
    Cli.Run run =
        new Cli().run(files.args("register", files.good, true, "--tag", "team=risk",
            "--run-id", "train-7", "--source", "s3://models/credit/7", "--format", "json"));

    assertThat(run.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("registration").asText()).isEqualTo("REGISTER");
    assertThat(json.get("candidateVersion").asText()).isEqualTo("1");
    assertThat(json.has("comparison")).isFalse();
    assertThat(json.has("decision")).isFalse();
    FileModelRegistry registry = FileModelRegistry.open(files.registry);
    ModelVersion version = registry.version("credit", "1").orElseThrow();
    assertThat(version.tags())
        .containsEntry("team", "risk")
        .containsEntry("modelgate.registration", "REGISTER")
        .containsEntry("modelgate.policy", "credit");
    assertThat(version.runId()).contains("train-7");
    assertThat(version.source().toString()).isEqualTo("s3://models/credit/7");
    assertThat(version.evaluation()).isPresent();
    assertThat(registry.alias("credit", "candidate")).contains("1");
    assertThat(registry.alias("credit", "champion")).isEmpty();
  }

  @Test
  void should_leave_the_registry_untouched_on_a_rejection() {
    Cli.Run run = new Cli().run(files.args("register", files.bad, true));
    Cli.Run red = new Cli().run(files.args("register", files.bad, true, "--fail-on-reject"));

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("REJECT: the candidate of credit was rejected at registration");
    assertThat(red.code()).isEqualTo(ExitCode.REJECTED.code());
    assertThat(FileModelRegistry.open(files.registry).models()).isEmpty();
  }

  @Test
  void should_refuse_tags_of_the_gates_own() {
    Cli.Run run =
        new Cli().run(files.args("register", files.good, true, "--tag", "modelgate.outcome=x"));

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .startsWith("gate register: --tag modelgate.outcome: keys starting with modelgate. are the"
            + " gate's own\n");
  }
}
