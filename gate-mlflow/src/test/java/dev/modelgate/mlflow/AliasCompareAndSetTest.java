package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.mlflow.fake.Fault;
import dev.modelgate.mlflow.fake.RecordedRequest;
import dev.modelgate.mlflow.logs.CapturedLogs;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Compare-and-set over MLflow, which has none: read, check, set, read back; what it catches, what
 * it cannot, and how it treats a move whose answer was lost.
 */
class AliasCompareAndSetTest extends OnFakeMlflow {

  @BeforeEach
  void championAtVersion1() {
    register("fraud", 3);
    registry.setAlias("fraud", "champion", Optional.empty(), "1", "setup");
  }

  @Test
  void should_read_check_set_read_back_and_record_in_that_order() {
    int before = mlflow.requests().size();

    registry.setAlias("fraud", "champion", Optional.of("1"), "2", "ci");

    assertThat(mlflow.requests().subList(before, mlflow.requests().size()))
        .extracting(RecordedRequest::call)
        .containsExactly(
            "GET /api/2.0/mlflow/registered-models/alias",
            "POST /api/2.0/mlflow/registered-models/alias",
            "GET /api/2.0/mlflow/registered-models/alias",
            "GET /api/2.0/mlflow/registered-models/get",
            "POST /api/2.0/mlflow/registered-models/set-tag");
  }

  @Test
  void should_refuse_a_move_that_another_writer_overtakes_before_the_read_back() {
    mlflow.on("POST", ALIAS, Fault.after(store -> store.setAlias("fraud", "champion", "3")));

    assertThatThrownBy(() -> registry.setAlias("fraud", "champion", Optional.of("1"), "2", "ci"))
        .isInstanceOf(AliasConflictException.class)
        .hasMessage("alias \"champion\" of model \"fraud\" was expected at version 1 but is at"
            + " version 3: it moved since it was read");

    assertThat(registry.alias("fraud", "champion")).contains("3");
    assertThat(registry.aliasHistory("fraud")).extracting(AliasChange::actor)
        .containsExactly("setup");
  }

  @Test
  void should_not_notice_a_move_that_lands_between_its_read_and_its_set_the_documented_window() {
    mlflow.on("POST", ALIAS, Fault.before(store -> store.setAlias("fraud", "champion", "3")));

    registry.setAlias("fraud", "champion", Optional.of("1"), "2", "ci");

    assertThat(registry.alias("fraud", "champion"))
        .as("the other process's move to 3 is overwritten: MLflow has no conditional update")
        .contains("2");
  }

  @Test
  void should_count_a_move_whose_answer_was_lost_as_done_when_the_alias_points_at_the_target() {
    mlflow.on("POST", ALIAS, Fault.lostAnswer());

    AliasChange change = registry.setAlias("fraud", "champion", Optional.of("1"), "2", "ci");

    assertThat(change.to()).contains("2");
    assertThat(mlflow.requests("POST", ALIAS)).as("not sent again").hasSize(2);
    assertThat(waits).isEqualTo(millis(100));
    assertThat(CapturedLogs.lines()).anyMatch(line ->
        line.startsWith("INFO dev.modelgate.mlflow.internal.AliasMover alias move landed"
            + " although its answer was lost model=fraud alias=champion failure=MLflow answered"
            + " 503 with text/html instead of MLflow JSON to POST"));
  }

  @Test
  void should_send_a_lost_move_again_while_the_alias_still_points_where_expected() {
    mlflow.on("POST", ALIAS, Fault.answer(504, "text/plain", "upstream timed out"));

    registry.setAlias("fraud", "champion", Optional.of("1"), "2", "ci");

    assertThat(registry.alias("fraud", "champion")).contains("2");
    assertThat(mlflow.requests("POST", ALIAS)).hasSize(1 + 2);
  }

  @Test
  void should_refuse_a_lost_move_when_another_writer_moved_the_alias_meanwhile() {
    mlflow.on("POST", ALIAS, Fault.answer(503, "text/plain", "unavailable"));
    mlflow.on("GET", ALIAS, Fault.before(store -> { }),
        Fault.before(store -> store.setAlias("fraud", "champion", "3")));

    assertThatThrownBy(() -> registry.setAlias("fraud", "champion", Optional.of("1"), "2", "ci"))
        .isInstanceOfSatisfying(AliasConflictException.class,
            conflict -> assertThat(conflict.actual()).contains("3"));
    assertThat(mlflow.requests("POST", ALIAS)).as("never sent again").hasSize(1 + 1);
  }

  @Test
  void should_keep_a_landed_move_when_mlflow_refuses_its_history_record_and_log_an_error() {
    mlflow.on("POST", "registered-models/set-tag",
        Fault.error("PERMISSION_DENIED", "no EDIT on fraud"));

    AliasChange change = registry.setAlias("fraud", "champion", Optional.of("1"), "2", "ci");

    assertThat(change.to()).contains("2");
    assertThat(registry.alias("fraud", "champion")).contains("2");
    assertThat(registry.aliasHistory("fraud")).extracting(AliasChange::actor)
        .containsExactly("setup");
    assertThat(CapturedLogs.lines()).anyMatch(line -> line.startsWith(
        "ERROR dev.modelgate.mlflow.internal.AliasMover alias moved, but MLflow did not take its"
            + " history record change=" + change));
  }

  @Test
  void should_keep_the_history_as_tags_of_the_registered_model_in_mlflow() {
    registry.setAlias("fraud", "champion", Optional.of("1"), "2", "alice");

    assertThat(mlflow.store().getModel("fraud").path("registered_model").path("tags"))
        .extracting(tag -> tag.path("key").asText() + " = " + tag.path("value").asText())
        .containsExactly(
            "_modelgate.alias-history.0000000001 = {\"alias\":\"champion\",\"to\":\"1\","
                + "\"actor\":\"setup\",\"at\":\"2025-01-01T00:00:00Z\"}",
            "_modelgate.alias-history.0000000002 = {\"alias\":\"champion\",\"from\":\"1\","
                + "\"to\":\"2\",\"actor\":\"alice\",\"at\":\"2025-01-01T00:00:01Z\"}");
  }

  @Test
  void should_delete_with_the_same_checks() {
    mlflow.on("DELETE", ALIAS, Fault.after(store -> store.setAlias("fraud", "champion", "3")));

    assertThatThrownBy(() -> registry.deleteAlias("fraud", "champion", "1", "ci"))
        .isInstanceOf(AliasConflictException.class)
        .hasMessage("alias \"champion\" of model \"fraud\" was expected at version 1 but is at"
            + " version 3: it moved since it was read");
    assertThat(mlflow.requests("DELETE", ALIAS)).singleElement()
        .satisfies(request -> {
          assertThat(request.body()).isEqualTo("{\"name\":\"fraud\",\"alias\":\"champion\"}");
          assertThat(request.headers()).containsEntry("content-type", "application/json");
        });
  }
}
