package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.registry.FileModelRegistry;
import dev.modelgate.mlflow.MlflowModelRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrySourceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private static CliContext context(Map<String, String> environment) {
    PrintWriter nowhere = new PrintWriter(new StringWriter());
    return new CliContext(environment, nowhere, nowhere, CLOCK, false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mlflow", "MLflow", "MLFLOW"})
  void should_take_the_bare_word_mlflow_in_any_case_for_mlflow(String word) {
    RegistrySource source =
        RegistrySource.of(word, "http://127.0.0.1:5000/", context(Map.of()));

    assertThat(source).isInstanceOfSatisfying(RegistrySource.Mlflow.class, mlflow ->
        assertThat(mlflow.registry().trackingUri()).hasToString("http://127.0.0.1:5000"));
    assertThat(source.label()).isEqualTo("MLflow http://127.0.0.1:5000");
    assertThat(source.exists()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"./mlflow", "mlflow/", "models/mlflow", "mlflow-registry", "registry"})
  void should_take_anything_else_for_a_directory(String path) {
    RegistrySource source = RegistrySource.of(path, null, context(Map.of()));

    assertThat(source).isEqualTo(new RegistrySource.Directory(Path.of(path), CLOCK));
    assertThat(source.label()).isEqualTo(Path.of(path).toString());
  }

  @Test
  void should_open_a_directory_only_when_asked_and_say_whether_it_exists() {
    RegistrySource source =
        RegistrySource.of(dir.resolve("reg").toString(), null, context(Map.of()));

    assertThat(source.exists()).isFalse();
    assertThat(source.open()).isInstanceOf(FileModelRegistry.class);
    assertThat(source.exists()).isTrue();
  }

  @Test
  void should_name_the_registry_in_json_with_mlflows_tracking_uri() {
    ObjectNode directory = Json.object();
    ObjectNode mlflow = Json.object();

    RegistrySource.of("models", null, context(Map.of())).describe(directory);
    RegistrySource.of("mlflow", null, context(Map.of("MLFLOW_TRACKING_URI", "https://m.example")))
        .describe(mlflow);

    assertThat(directory.toString()).isEqualTo("{\"registry\":\"models\"}");
    assertThat(mlflow.toString())
        .isEqualTo("{\"registry\":\"mlflow\",\"trackingUri\":\"https://m.example\"}");
  }

  @Test
  void should_find_no_problem_in_flags_that_fit() {
    CliContext environment = context(Map.of("MLFLOW_TRACKING_URI", "http://127.0.0.1:5000"));

    assertThat(RegistrySource.problems("models", null, context(Map.of()))).isEmpty();
    assertThat(RegistrySource.problems(null, null, context(Map.of()))).isEmpty();
    assertThat(RegistrySource.problems("mlflow", "http://x", context(Map.of()))).isEmpty();
    assertThat(RegistrySource.problems("mlflow", null, environment)).isEmpty();
  }

  @Test
  void should_find_a_tracking_uri_without_mlflow_and_mlflow_without_a_tracking_uri() {
    assertThat(RegistrySource.problems("models", "http://x", context(Map.of())))
        .containsExactly(RegistryMessages.trackingUriWithoutMlflow());
    assertThat(RegistrySource.problems(null, "http://x", context(Map.of())))
        .containsExactly(RegistryMessages.trackingUriWithoutMlflow());
    assertThat(RegistrySource.problems("mlflow", null, context(Map.of("MLFLOW_TRACKING_URI", " "))))
        .containsExactly(RegistryMessages.noTrackingUri());
  }

  @Test
  void should_build_the_mlflow_client_from_the_environment_and_never_show_its_secret() {
    Map<String, String> environment =
        Map.of("MLFLOW_TRACKING_URI", "https://m.example", "MLFLOW_TRACKING_TOKEN", "t0ken-42");

    MlflowModelRegistry registry = MlflowSource.connect(null, context(environment));

    assertThat(registry.trackingUri()).hasToString("https://m.example");
    assertThat(registry.toString()).contains("bearer").doesNotContain("t0ken-42");
  }

  @Test
  void should_turn_settings_mlflow_cannot_use_into_invalid_input() {
    Map<String, String> environment = Map.of("MLFLOW_TRACKING_USERNAME", "ci");

    assertThatThrownBy(() -> MlflowSource.connect("http://127.0.0.1:5000", context(environment)))
        .isInstanceOf(InputException.class)
        .hasMessage("--registry mlflow: MLFLOW_TRACKING_USERNAME is set but"
            + " MLFLOW_TRACKING_PASSWORD is not");
  }

  @Test
  void should_give_each_registry_message_its_exact_text() {
    assertThat(RegistryMessages.trackingUriWithoutMlflow())
        .isEqualTo(
            "--tracking-uri needs --registry mlflow: a file registry has no tracking server");
    assertThat(RegistryMessages.noTrackingUri())
        .isEqualTo("--registry mlflow needs the tracking server: give --tracking-uri URI or set"
            + " MLFLOW_TRACKING_URI");
    assertThat(RegistryMessages.notAPath("a|b", "Illegal char <|> at index 1"))
        .isEqualTo("--registry \"a|b\" is not a directory path: Illegal char <|> at index 1");
    assertThat(RegistryMessages.badTrackingUri("it has no host"))
        .isEqualTo("--tracking-uri: it has no host");
    assertThat(RegistryMessages.badMlflowSettings("MlflowModelRegistry cannot be built: a; b"))
        .isEqualTo("--registry mlflow: a; b");
  }
}
