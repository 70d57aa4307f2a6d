package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.spi.ModelVersion;
import dev.modelgate.core.spi.RegisterRequest;
import dev.modelgate.core.spi.RegistryException;
import dev.modelgate.mlflow.fake.RecordedRequest;
import dev.modelgate.test.RegistrySamples;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Tag values longer than MLflow's 5000 characters are split, and read back whole. */
class TagSizeTest extends OnFakeMlflow {

  private static final String SET_TAG = "model-versions/set-tag";

  @Test
  void should_split_a_long_value_into_pieces_mlflow_takes_and_read_it_back_whole() {
    register("fraud", 1);
    String report = "a".repeat(5000) + "b".repeat(5000) + "c";

    ModelVersion tagged = registry.setTags("fraud", "1", Map.of("gate.report", report));

    assertThat(tagged.tags()).containsEntry("gate.report", report);
    assertThat(registry.version("fraud", "1").orElseThrow().tags())
        .containsEntry("gate.report", report);
    assertThat(stored("fraud", "1")).containsAllEntriesOf(Map.of(
        "gate.report", "a".repeat(5000),
        "_modelgate.part.2.gate.report", "b".repeat(5000),
        "_modelgate.part.3.gate.report", "c",
        "_modelgate.parts.gate.report", "3"));
    assertThat(mlflow.requests("POST", SET_TAG)).extracting(RecordedRequest::body)
        .allSatisfy(body -> assertThat(body.length()).isLessThan(5100));
  }

  @Test
  void should_delete_the_pieces_of_a_long_value_replaced_by_a_short_one() {
    register("fraud", 1);
    registry.setTags("fraud", "1", Map.of("gate.report", "x".repeat(12_000)));

    ModelVersion tagged = registry.setTags("fraud", "1", Map.of("gate.report", "short"));

    assertThat(tagged.tags()).containsEntry("gate.report", "short");
    assertThat(stored("fraud", "1")).containsOnlyKeys("team", "_modelgate.evaluation",
        "gate.report");
  }

  @Test
  void should_store_a_large_evaluation_with_the_version_in_one_creation() {
    Map<Metric, MetricValue> metrics = new LinkedHashMap<>();
    for (int i = 0; i < 200; i++) {
      metrics.put(Metric.higherIsBetter("segment_" + i + "_net_benefit"),
          MetricValue.of(new BigDecimal("1234567.89")));
    }
    Evaluation evaluation = new Evaluation(RegistrySamples.FINGERPRINT, 5000, metrics);
    RegisterRequest request = RegisterRequest.builder().model("fraud").source("s3://m/1")
        .evaluation(evaluation).build();

    ModelVersion registered = registry.register(request);

    assertThat(registered.evaluation()).contains(evaluation);
    assertThat(registry.version("fraud", "1").orElseThrow().evaluation()).contains(evaluation);
    assertThat(registered.tags()).isEmpty();
    assertThat(mlflow.requests("POST", CREATE_VERSION)).hasSize(1);
    assertThat(stored("fraud", "1")).containsKeys("_modelgate.evaluation",
        "_modelgate.part.2._modelgate.evaluation", "_modelgate.parts._modelgate.evaluation");
  }

  @Test
  void should_leave_out_tags_that_modelgate_cannot_name_and_keep_the_version_readable() {
    register("fraud", 1);
    mlflow.store().setVersionTag("fraud", "1", "reviewed by", "bob");
    mlflow.store().setVersionTag("fraud", "1", "mlflow/note", "looks fine");

    assertThat(registry.version("fraud", "1").orElseThrow().tags())
        .isEqualTo(Map.of("team", "risk"));
  }

  @Test
  void should_name_a_long_value_that_misses_a_piece() {
    register("fraud", 1);
    registry.setTags("fraud", "1", Map.of("gate.report", "x".repeat(12_000)));
    mlflow.store().deleteVersionTag("fraud", "1", "_modelgate.part.2.gate.report");

    assertThatThrownBy(() -> registry.version("fraud", "1"))
        .isInstanceOf(RegistryException.class)
        .hasMessage("tag \"gate.report\" of version 1 of model \"fraud\" is incomplete: part 2"
            + " of 3 is missing; set the tag again to repair it");
  }

  @Test
  void should_name_an_evaluation_it_cannot_read() {
    register("fraud", 1);
    mlflow.store().setVersionTag("fraud", "1", "_modelgate.evaluation", "{\"rows\": 3}");

    assertThatThrownBy(() -> registry.version("fraud", "1"))
        .isInstanceOf(RegistryException.class)
        .hasMessageStartingWith("tag \"_modelgate.evaluation\" of version 1 of model \"fraud\""
            + " cannot be read: not an evaluation: ");
  }

  private Map<String, String> stored(String model, String version) {
    Map<String, String> tags = new TreeMap<>();
    JsonNode node = mlflow.store().getVersion(model, version).path("model_version");
    node.path("tags").forEach(tag -> tags.put(tag.path("key").asText(),
        tag.path("value").asText()));
    return tags;
  }
}
