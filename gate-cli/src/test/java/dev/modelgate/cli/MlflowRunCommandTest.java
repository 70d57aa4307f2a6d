package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.mlflow.MlflowModelRegistry;
import dev.modelgate.mlflow.fake.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code gate run --registry mlflow}: the same gates, with MLflow's versions and aliases. */
class MlflowRunCommandTest extends OnMlflow {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void should_promote_the_first_model_then_a_better_one_by_moving_mlflows_aliases()
      throws IOException {
    Cli.Run first = gate(args("run", files.good, "--format", "json"));
    Cli.Run second = gate(args("run", files.perfect, "--format", "json"));

    assertThat(first.code()).isZero();
    JsonNode one = JSON.readTree(first.out());
    assertThat(one.get("decision").asText()).isEqualTo("DEPLOY");
    assertThat(one.get("candidateVersion").asText()).isEqualTo("1");
    assertThat(one.get("firstModel").asBoolean()).isTrue();
    assertThat(second.code()).isZero();
    JsonNode two = JSON.readTree(second.out());
    assertThat(two.get("comparison").asText()).isEqualTo("PROMOTE");
    assertThat(two.get("championVersion").asText()).isEqualTo("1");
    assertThat(two.get("candidateVersion").asText()).isEqualTo("2");
    MlflowModelRegistry registry = registry();
    assertThat(registry.aliases("credit")).isEqualTo(Map.of("candidate", "2", "champion", "2"));
    assertThat(registry.version("credit", "2").orElseThrow().tags())
        .containsEntry("modelgate.outcome", "PROMOTED")
        .containsEntry("modelgate.champion-version", "1");
    assertThat(registry.aliasHistory("credit")).hasSize(4);
  }

  @Test
  void should_hold_a_tie_and_leave_the_champion_where_it_is() throws IOException {
    gate(args("run", files.good));

    Cli.Run tie = gate(args("run", files.good, "--format", "json"));

    assertThat(tie.code()).isZero();
    assertThat(JSON.readTree(tie.out()).get("comparison").asText()).isEqualTo("HOLD");
    assertThat(registry().alias("credit", "champion")).contains("1");
    assertThat(registry().alias("credit", "candidate")).contains("2");
  }

  @Test
  void should_send_the_token_of_the_environment_as_a_bearer_token() {
    gate(args("run", files.good));

    assertThat(mlflow.requests()).isNotEmpty().allSatisfy((RecordedRequest request) ->
        assertThat(request.headers()).containsEntry("authorization", "Bearer " + TOKEN));
  }

  @Test
  void should_send_the_user_and_password_of_the_environment_as_basic_auth() {
    Cli cli =
        new Cli().env("MLFLOW_TRACKING_USERNAME", "ci").env("MLFLOW_TRACKING_PASSWORD", TOKEN);

    Cli.Run run = gate(cli, args("run", files.good));

    assertThat(run.code()).isZero();
    String basic =
        Base64.getEncoder().encodeToString(("ci:" + TOKEN).getBytes(StandardCharsets.UTF_8));
    assertThat(mlflow.requests()).isNotEmpty().allSatisfy((RecordedRequest request) ->
        assertThat(request.headers()).containsEntry("authorization", "Basic " + basic));
  }

  @Test
  void should_take_the_tracking_uri_from_the_environment_when_the_flag_is_absent() {
    Cli.Run run =
        gate(cli().env("MLFLOW_TRACKING_URI", uri()),
            files.args("run", files.good, false, "--registry", "mlflow"));

    assertThat(run.code()).isZero();
    assertThat(registry().alias("credit", "champion")).contains("1");
  }

  @Test
  void should_prefer_the_flag_to_the_environment() {
    Cli.Run run =
        gate(cli().env("MLFLOW_TRACKING_URI", "http://127.0.0.1:9"), args("run", files.good));

    assertThat(run.code()).isZero();
    assertThat(registry().versions("credit")).hasSize(1);
  }

  @Test
  void should_take_the_word_mlflow_in_any_case() {
    Cli.Run run = gate(files.args("run", files.good, false, "--registry", "MLflow",
        "--tracking-uri", uri()));

    assertThat(run.code()).isZero();
    assertThat(registry().versions("credit")).hasSize(1);
  }

  @Test
  void should_decide_hold_and_skip_and_exit_four_with_the_adapters_message_when_mlflow_is_down() {
    String down = uri();
    mlflow.close();

    Cli.Run run = gate(cli().env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0"), args("run", files.good));

    assertThat(run.code()).isEqualTo(ExitCode.INFRASTRUCTURE.code());
    assertThat(run.out()).startsWith("SKIP: the registry failed, so nothing was promoted");
    assertThat(run.err())
        .startsWith("gate run: REGISTRY_FAILED: the registry failed, so nothing was promoted:"
            + " registering credit failed (MlflowUnavailableException: cannot reach MLflow at "
            + down + " for POST /api/2.0/mlflow/registered-models/create");
  }
}
