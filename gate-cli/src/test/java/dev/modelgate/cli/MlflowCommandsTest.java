package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.mlflow.fake.Fault;
import dev.modelgate.mlflow.fake.RecordedRequest;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code gate register}, {@code gate compare} and {@code gate registry show} against MLflow. */
class MlflowCommandsTest extends OnMlflow {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void should_register_a_version_with_the_gates_tags_and_point_candidate_to_it() {
    Cli.Run run = gate(args("register", files.good, "--tag", "team=risk"));

    assertThat(run.code()).isZero();
    assertThat(registry().aliases("credit")).isEqualTo(Map.of("candidate", "1"));
    assertThat(registry().version("credit", "1").orElseThrow().tags())
        .containsEntry("modelgate.registration", "REGISTER")
        .containsEntry("team", "risk");
  }

  @Test
  void should_not_call_mlflow_when_the_candidate_is_rejected() {
    Cli.Run run = gate(args("register", files.bad));

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("REJECT");
    assertThat(mlflow.requests()).isEmpty();
  }

  @Test
  void should_compare_with_mlflows_champion_and_change_nothing() throws IOException {
    gate(args("run", files.good));
    int before = mlflow.requests().size();

    Cli.Run run = gate(args("compare", files.perfect, "--format", "json"));

    assertThat(run.code()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("comparison").asText()).isEqualTo("PROMOTE");
    assertThat(json.get("championVersion").asText()).isEqualTo("1");
    assertThat(mlflow.requests().subList(before, mlflow.requests().size()))
        .isNotEmpty()
        .extracting(RecordedRequest::method)
        .containsOnly("GET");
  }

  @Test
  void should_apply_the_first_model_rule_when_mlflow_has_no_such_model() throws IOException {
    Cli.Run run = gate(args("compare", files.good, "--format", "json"));

    assertThat(run.code()).isZero();
    assertThat(JSON.readTree(run.out()).get("firstModel").asBoolean()).isTrue();
  }

  @Test
  void should_show_versions_aliases_and_history_as_text() {
    gate(args("run", files.good));
    gate(args("run", files.perfect));

    Cli.Run run = gate(show());

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("model credit in registry MLflow " + uri() + "\n"
            + "aliases: @candidate -> version 2, @champion -> version 2\n")
        .contains("\nversion 1, registered ")
        .contains("\nversion 2 @candidate @champion, registered ")
        .contains("modelgate moved credit@champion from version 1 to version 2");
  }

  @Test
  void should_show_them_as_json_with_the_tracking_uri() throws IOException {
    gate(args("run", files.good));

    Cli.Run run = gate(show("--format", "json"));

    assertThat(run.code()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("registry").asText()).isEqualTo("mlflow");
    assertThat(json.get("trackingUri").asText()).isEqualTo(uri());
    assertThat(json.get("aliases").toString())
        .isEqualTo("{\"candidate\":\"1\",\"champion\":\"1\"}");
    assertThat(json.get("versions").get(0).get("evaluation").get("metrics").get("net_benefit")
            .decimalValue())
        .isEqualByComparingTo("400");
    assertThat(json.get("aliasHistory")).hasSize(2);
  }

  @Test
  void should_exit_invalid_input_for_a_model_mlflow_does_not_have() {
    gate(args("run", files.good));

    Cli.Run run = gate("registry", "show", "--registry", "mlflow", "--tracking-uri", uri(),
        "--model", "fraud");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .isEqualTo("gate registry show: registry MLflow " + uri()
            + " has no versions of model \"fraud\"; it holds \"credit\"\n");
  }

  @Test
  void should_exit_infrastructure_with_mlflows_error_when_mlflow_refuses() {
    mlflow.on("GET", "registered-models/search",
        Fault.error("PERMISSION_DENIED", "User ci lacks permission READ"));

    Cli.Run run = gate(show());

    assertThat(run.code()).isEqualTo(ExitCode.INFRASTRUCTURE.code());
    assertThat(run.err())
        .isEqualTo("gate registry show: MLflow answered 403 PERMISSION_DENIED to GET"
            + " /api/2.0/mlflow/registered-models/search: User ci lacks permission READ\n");
  }

  @Test
  void should_exit_infrastructure_when_mlflow_cannot_be_reached() {
    String down = uri();
    mlflow.close();
    Cli cli = cli().env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");

    Cli.Run show = gate(cli, show());
    Cli.Run register = gate(cli, args("register", files.good));
    Cli.Run compare = gate(cli, args("compare", files.good));

    assertThat(show.code()).isEqualTo(ExitCode.INFRASTRUCTURE.code());
    assertThat(show.err()).startsWith("gate registry show: cannot reach MLflow at " + down
        + " for GET /api/2.0/mlflow/registered-models/search");
    assertThat(register.code()).isEqualTo(ExitCode.INFRASTRUCTURE.code());
    assertThat(register.err()).startsWith("gate register: cannot reach MLflow at " + down);
    assertThat(compare.code()).isEqualTo(ExitCode.INFRASTRUCTURE.code());
    assertThat(compare.err()).startsWith("gate compare: cannot reach MLflow at " + down);
  }
}
