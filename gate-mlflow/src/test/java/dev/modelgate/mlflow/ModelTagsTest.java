package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tags of registered models, beside the alias history that ModelGate keeps there. */
class ModelTagsTest extends OnFakeMlflow {

  @Test
  void should_set_model_tags_and_keep_the_history_tags_out_of_sight() {
    register("fraud", 1);
    registry.setAlias("fraud", "champion", Optional.empty(), "1", "ci");
    String note = "n".repeat(6000);

    Map<String, String> tags =
        registry.setModelTags("fraud", Map.of("modelgate.last-outcome", "HOLD", "note", note));

    assertThat(tags).isEqualTo(Map.of("modelgate.last-outcome", "HOLD", "note", note));
    assertThat(registry.modelTags("fraud")).isEqualTo(tags);
    assertThat(registry.aliasHistory("fraud")).hasSize(1);
  }

  @Test
  void should_read_no_tags_of_an_unknown_model_and_refuse_to_set_them() {
    assertThat(registry.modelTags("churn")).isEmpty();
    assertThatThrownBy(() -> registry.setModelTags("churn", Map.of("a", "b")))
        .isInstanceOf(MlflowNotFoundException.class)
        .hasMessage("MLflow has no registered model \"churn\"");
  }

  @Test
  void should_refuse_unsafe_tag_keys_before_calling_mlflow() {
    register("fraud", 1);
    int before = mlflow.requests().size();

    assertThatThrownBy(() -> registry.setModelTags("fraud", Map.of("_modelgate.x", "y")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tag key \"_modelgate.x\" may only contain letters, digits, '.', '_' and '-',"
            + " start with a letter or digit and not end with '.'");
    assertThat(mlflow.requests()).hasSize(before);
  }
}
