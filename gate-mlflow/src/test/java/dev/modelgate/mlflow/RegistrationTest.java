package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.core.report.EvaluationJson;
import dev.modelgate.core.spi.RegistryException;
import dev.modelgate.mlflow.fake.Fault;
import dev.modelgate.test.RegistrySamples;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registration creates the model if needed, sends MLflow's fields, and waits while pending. */
class RegistrationTest extends OnFakeMlflow {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void should_create_the_model_then_the_version_with_source_run_description_and_tags()
      throws Exception {
    registry.register(RegistrySamples.request("fraud"));

    assertThat(mlflow.requests()).extracting(r -> r.call().replace("/api/2.0/mlflow/", ""))
        .startsWith("POST registered-models/create", "POST model-versions/create",
            "GET model-versions/get");
    JsonNode body = JSON.readTree(mlflow.requests("POST", CREATE_VERSION).get(0).body());
    assertThat(body.path("name").asText()).isEqualTo("fraud");
    assertThat(body.path("source").asText()).isEqualTo("s3://models/fraud/artifact");
    assertThat(body.path("run_id").asText()).isEqualTo("run-1");
    assertThat(body.path("description").asText()).isEqualTo("a sample version of fraud");
    assertThat(body.path("tags")).extracting(tag -> tag.path("key").asText())
        .containsExactly("_modelgate.evaluation", "team");
    assertThat(body.path("tags").get(0).path("value").asText())
        .isEqualTo(EvaluationJson.toJson(RegistrySamples.evaluation()));
    assertThat(mlflow.requests("POST", CREATE_VERSION).get(0).headers())
        .containsEntry("content-type", "application/json");
  }

  @Test
  void should_wait_while_mlflow_says_the_version_is_pending() {
    mlflow.store().pendingFor(3);

    assertThat(registry.register(RegistrySamples.request("fraud")).version()).isEqualTo("1");

    assertThat(waits).isEqualTo(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)));
  }

  @Test
  void should_give_up_on_a_version_that_stays_pending() {
    registry = builder().registrationTimeout(Duration.ofSeconds(3)).build();
    mlflow.store().pendingFor(100);

    assertThatThrownBy(() -> registry.register(RegistrySamples.request("fraud")))
        .isInstanceOf(RegistryException.class)
        .hasMessage("version 1 of model \"fraud\" is still PENDING_REGISTRATION after 3 s");
    assertThat(waits).hasSize(3);
  }

  @Test
  void should_report_a_registration_that_mlflow_failed() {
    mlflow.on("GET", GET_VERSION, Fault.answer(200, "application/json",
        "{\"model_version\": {\"name\": \"fraud\", \"version\": \"1\","
            + " \"status\": \"FAILED_REGISTRATION\", \"status_message\": \"copy failed\"}}"));

    assertThatThrownBy(() -> registry.register(RegistrySamples.request("fraud")))
        .isInstanceOf(RegistryException.class)
        .hasMessage("MLflow could not register version 1 of model \"fraud\": copy failed");
  }

  @Test
  void should_list_only_models_with_versions_whose_names_modelgate_can_use() {
    register("fraud", 1);
    mlflow.store().createModel("empty");
    mlflow.store().createModel("my model");
    mlflow.store().createVersion("my model", "s3://m", "", "", Map.of());

    assertThat(registry.models()).containsExactly("fraud");
  }

  @Test
  void should_read_every_page_of_versions_in_order() {
    mlflow.store().createModel("fraud");
    for (int i = 0; i < 1001; i++) {
      mlflow.store().createVersion("fraud", "s3://m/" + i, "", "", Map.of());
    }

    assertThat(registry.versions("fraud")).hasSize(1001)
        .extracting(version -> version.number()).isSorted().startsWith(1L).endsWith(1001L);
    assertThat(mlflow.requests("GET", "model-versions/search")).hasSize(2)
        .allSatisfy(request -> assertThat(request.query())
            .containsEntry("filter", List.of("name = 'fraud'")));
  }

  @Test
  void should_read_a_version_that_mlflow_gave_no_run_nor_description() {
    mlflow.store().createModel("fraud");
    mlflow.store().createVersion("fraud", "runs:/abc/model", "", "", Map.of());

    assertThat(registry.version("fraud", "1").orElseThrow())
        .satisfies(version -> {
          assertThat(version.runId()).isEmpty();
          assertThat(version.description()).isEmpty();
          assertThat(version.evaluation()).isEmpty();
          assertThat(version.source()).hasToString("runs:/abc/model");
        });
  }
}
