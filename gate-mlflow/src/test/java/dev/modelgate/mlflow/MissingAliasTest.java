package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.mlflow.fake.Fault;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An alias that is not set reads as none, however MLflow says so; an unknown endpoint does not. */
class MissingAliasTest extends OnFakeMlflow {

  @Test
  void should_read_an_unset_alias_as_none_when_mlflow_answers_400_as_its_own_stores_do() {
    register("fraud", 1);

    assertThat(registry.alias("fraud", "champion")).isEmpty();

    assertThat(mlflow.requests("GET", ALIAS)).singleElement()
        .satisfies(request -> assertThat(request.query())
            .containsEntry("name", List.of("fraud"))
            .containsEntry("alias", List.of("champion")));
  }

  @Test
  void should_read_an_unset_alias_as_none_when_mlflow_answers_404_as_other_backends_do() {
    register("fraud", 1);
    mlflow.store().missingAliasStatus(404);

    assertThat(registry.alias("fraud", "champion")).isEmpty();
    assertThat(registry.aliasedVersion("fraud", "champion")).isEmpty();
  }

  @Test
  void should_read_an_alias_of_an_unknown_model_as_none() {
    assertThat(registry.alias("churn", "champion")).isEmpty();
  }

  @Test
  void should_read_an_alias_left_on_a_deleted_version_as_none() {
    register("fraud", 2);
    registry.setAlias("fraud", "champion", Optional.empty(), "2", "ci");
    mlflow.store().deleteVersion("fraud", "2", true);

    assertThat(registry.alias("fraud", "champion")).isEmpty();
  }

  @Test
  void should_not_mistake_a_server_without_the_alias_endpoint_for_an_unset_alias() {
    mlflow.on("GET", ALIAS, Fault.answer(404, "text/html", "<h1>Not Found</h1>"));

    assertThatThrownBy(() -> registry.alias("fraud", "champion"))
        .isInstanceOf(MlflowUnexpectedResponseException.class)
        .hasMessage("MLflow answered 404 with text/html instead of MLflow JSON to GET"
            + " /api/2.0/mlflow/registered-models/alias: \"<h1>Not Found</h1>\"");
  }
}
