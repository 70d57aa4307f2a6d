package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.core.registry.FileModelRegistry;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private GateFiles files;

  @BeforeEach
  void writeFiles() {
    files = new GateFiles(dir);
  }

  private Cli.Run compare(Path candidate, String... more) {
    return new Cli().run(files.args("compare", candidate, false, more));
  }

  @Test
  void should_promote_a_strictly_better_candidate_and_hold_a_worse_one() throws IOException {
    Cli.Run better = compare(files.perfect, "--champion", files.good.toString(), "--format", "json");
    Cli.Run worse = compare(files.good, "--champion", files.perfect.toString(), "--format", "json");

    assertThat(better.code()).isZero();
    assertThat(JSON.readTree(better.out()).get("comparison").asText()).isEqualTo("PROMOTE");
    assertThat(worse.code()).isZero();
    JsonNode held = JSON.readTree(worse.out());
    assertThat(held.get("comparison").asText()).isEqualTo("HOLD");
    assertThat(held.get("checks").get(1).get("passed").asBoolean()).isFalse();
    assertThat(held.has("decision")).isFalse();
  }

  @Test
  void should_compare_with_the_registrys_champion_and_change_nothing() throws IOException {
    new Cli().run(files.run(files.good));

    Cli.Run run =
        compare(files.perfect, "--registry", files.registry.toString(), "--format", "json");

    assertThat(run.code()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("comparison").asText()).isEqualTo("PROMOTE");
    assertThat(json.get("championVersion").asText()).isEqualTo("1");
    assertThat(FileModelRegistry.open(files.registry).versions("credit")).hasSize(1);
  }

  @Test
  void should_apply_the_first_model_rule_when_the_registry_has_no_champion() throws IOException {
    Cli.Run run =
        compare(files.good, "--registry", dir.resolve("empty").toString(), "--format", "json");

    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("comparison").asText()).isEqualTo("PROMOTE");
    assertThat(json.get("firstModel").asBoolean()).isTrue();
  }

  @Test
  void should_refuse_a_champion_on_another_test_set() {
    Cli.Run file = compare(files.good, "--champion", files.otherTestSet.toString());
    new Cli().run(files.run(files.otherTestSet));
    Cli.Run recorded = compare(files.good, "--registry", files.registry.toString());

    assertThat(file.code()).isEqualTo(ExitCode.DIFFERENT_TEST_SETS.code());
    assertThat(recorded.code()).isEqualTo(ExitCode.DIFFERENT_TEST_SETS.code());
    assertThat(recorded.err())
        .startsWith("gate compare: different test sets: this would compare data, not models");
  }

  @Test
  void should_ask_for_a_champion_or_a_registry() {
    Cli.Run run = compare(files.good);

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .startsWith(
            "gate compare: give --champion FILE, or --registry DIR|mlflow to compare with the"
                + " registry's @champion\n");
  }
}
