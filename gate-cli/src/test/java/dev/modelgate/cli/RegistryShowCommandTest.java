package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryShowCommandTest {

  @TempDir Path dir;

  private GateFiles files;

  @BeforeEach
  void twoRuns() {
    files = new GateFiles(dir);
    new Cli().run(files.run(files.good));
    new Cli().run(files.run(files.perfect));
  }

  @Test
  void should_show_versions_aliases_and_history_as_json() throws IOException {
    Cli.Run run =
        new Cli().run("registry", "show", "--registry", files.registry.toString(), "--model",
            "credit", "--format", "json");

    assertThat(run.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("aliases").toString()).isEqualTo("{\"candidate\":\"2\",\"champion\":\"2\"}");
    assertThat(json.get("versions")).hasSize(2);
    assertThat(json.get("versions").get(1).get("evaluation").get("metrics").get("net_benefit")
            .decimalValue())
        .isEqualByComparingTo("600");
    assertThat(json.get("versions").get(1).get("tags").get("modelgate.outcome").asText())
        .isEqualTo("PROMOTED");
    assertThat(json.get("aliasHistory")).hasSize(4);
    assertThat(json.get("aliasHistory").get(3).get("alias").asText()).isEqualTo("champion");
    assertThat(json.get("aliasHistory").get(3).get("from").asText()).isEqualTo("1");
  }

  @Test
  void should_show_them_as_text() {
    Cli.Run run =
        new Cli().run("registry", "show", "--registry", files.registry.toString(), "--model", "credit");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("model credit in registry " + files.registry + "\n"
            + "aliases: @candidate -> version 2, @champion -> version 2\n")
        .contains("version 2 @candidate @champion, registered ")
        .contains("modelgate moved credit@champion from version 1 to version 2");
  }

  @Test
  void should_exit_invalid_input_for_a_missing_registry_or_model() {
    Cli.Run noRegistry =
        new Cli().run("registry", "show", "--registry", dir.resolve("nope").toString(),
            "--model", "credit");
    Cli.Run noModel =
        new Cli().run("registry", "show", "--registry", files.registry.toString(), "--model", "fraud");

    assertThat(noRegistry.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(noRegistry.err())
        .isEqualTo("gate registry show: registry " + dir.resolve("nope") + ": no such directory\n");
    assertThat(noModel.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(noModel.err())
        .isEqualTo("gate registry show: registry " + files.registry
            + " has no versions of model \"fraud\"; it holds \"credit\"\n");
  }

  @Test
  void should_exit_infrastructure_when_a_registry_file_is_unreadable() throws IOException {
    Files.writeString(files.registry.resolve("credit/versions/1.json"), "{ not json");

    Cli.Run run =
        new Cli().run("registry", "show", "--registry", files.registry.toString(), "--model", "credit");

    assertThat(run.code()).isEqualTo(ExitCode.INFRASTRUCTURE.code());
    assertThat(run.err()).startsWith("gate registry show: ").contains("1.json");
  }
}
