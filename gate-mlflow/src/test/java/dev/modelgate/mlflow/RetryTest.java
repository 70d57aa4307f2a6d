package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.mlflow.fake.Fault;
import dev.modelgate.test.RegistrySamples;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Idempotent calls are retried with bounded backoff when MLflow is unavailable; others are not. */
class RetryTest extends OnFakeMlflow {

  private static final Fault UNAVAILABLE =
      Fault.error("TEMPORARILY_UNAVAILABLE", "the database is busy");

  @Test
  void should_retry_a_read_that_got_503_waiting_twice_as_long_each_time() {
    register("fraud", 1);
    mlflow.on("GET", GET_VERSION, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE);

    assertThat(registry.version("fraud", "1")).isPresent();

    assertThat(mlflow.requests("GET", GET_VERSION)).hasSize(4 + 1);
    assertThat(waits).isEqualTo(millis(100, 200, 400));
  }

  @Test
  void should_give_up_after_the_last_retry_saying_how_often_it_tried() {
    register("fraud", 1);
    mlflow.on("GET", GET_VERSION, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE);

    assertThatThrownBy(() -> registry.version("fraud", "1"))
        .isInstanceOfSatisfying(MlflowUnavailableException.class, e -> {
          assertThat(e.status()).isEqualTo(503);
          assertThat(e.errorCode()).contains("TEMPORARILY_UNAVAILABLE");
          assertThat(e.call()).isEqualTo("GET /api/2.0/mlflow/model-versions/get");
        })
        .hasMessage("MLflow answered 503 TEMPORARILY_UNAVAILABLE to GET"
            + " /api/2.0/mlflow/model-versions/get: the database is busy"
            + " (gave up after 5 attempts)");
    assertThat(waits).as("never longer than the bound").isEqualTo(millis(100, 200, 400, 800));
  }

  @Test
  void should_wait_as_long_as_retry_after_asks_but_never_beyond_the_bound() {
    registry = builder().backoff(Duration.ofMillis(100), Duration.ofSeconds(2)).build();
    mlflow.on("GET", "registered-models/search",
        Fault.answerWithHeaders(429, Map.of("Retry-After", "1")),
        Fault.answerWithHeaders(429, Map.of("Retry-After", "60")));

    assertThat(registry.models()).isEmpty();

    assertThat(waits).isEqualTo(millis(1000, 2000));
  }

  @Test
  void should_not_retry_an_error_of_the_caller() {
    mlflow.on("GET", "registered-models/search",
        Fault.error("PERMISSION_DENIED", "User alice has no READ on the registry"));

    assertThatThrownBy(() -> registry.models())
        .isInstanceOf(MlflowPermissionDeniedException.class);

    assertThat(mlflow.requests("GET", "registered-models/search")).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void should_never_retry_creating_a_version_since_a_repeat_would_create_another() {
    mlflow.on("POST", CREATE_VERSION, UNAVAILABLE);

    assertThatThrownBy(() -> registry.register(RegistrySamples.request("fraud")))
        .isInstanceOf(MlflowUnavailableException.class)
        .hasMessage("MLflow answered 503 TEMPORARILY_UNAVAILABLE to POST"
            + " /api/2.0/mlflow/model-versions/create: the database is busy (not retried:"
            + " creating a model version is not idempotent; look for the new version in MLflow"
            + " before registering again)");

    assertThat(mlflow.requests("POST", CREATE_VERSION)).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void should_retry_a_read_that_timed_out() {
    registry = builder().requestTimeout(Duration.ofMillis(300)).build();
    register("fraud", 1);
    mlflow.on("GET", "registered-models/get", Fault.hang());

    assertThat(registry.aliases("fraud")).isEmpty();

    assertThat(mlflow.requests("GET", "registered-models/get")).hasSize(2);
    assertThat(waits).isEqualTo(millis(100));
  }

  @Test
  void should_say_so_when_mlflow_never_answers_in_time() {
    registry = builder().requestTimeout(Duration.ofMillis(200)).maxRetries(1).build();
    mlflow.on("GET", "registered-models/get", Fault.hang(), Fault.hang());

    assertThatThrownBy(() -> registry.aliases("fraud"))
        .isInstanceOfSatisfying(MlflowUnavailableException.class,
            e -> assertThat(e.status()).isZero())
        .hasMessage("MLflow did not answer GET /api/2.0/mlflow/registered-models/get within"
            + " 200 ms (gave up after 2 attempts)");
  }

  @Test
  void should_retry_tag_writes_which_are_idempotent() {
    register("fraud", 1);
    mlflow.on("POST", "model-versions/set-tag",
        Fault.answer(502, "text/html", "<html>Bad Gateway</html>"));

    assertThat(registry.setTags("fraud", "1", Map.of("gate", "PROMOTE")).tags())
        .containsEntry("gate", "PROMOTE");

    assertThat(mlflow.requests("POST", "model-versions/set-tag")).hasSize(2);
  }

  @Test
  void should_retry_creating_the_model_whose_repeat_answers_that_it_exists() {
    mlflow.on("POST", "registered-models/create", Fault.lostAnswer());

    assertThat(registry.register(RegistrySamples.request("fraud")).version()).isEqualTo("1");

    assertThat(mlflow.requests("POST", "registered-models/create")).hasSize(2);
  }

  @Test
  void should_not_retry_at_all_when_told_so() {
    registry = builder().maxRetries(0).build();
    mlflow.on("GET", "registered-models/search", UNAVAILABLE);

    assertThatThrownBy(() -> registry.models())
        .hasMessage("MLflow answered 503 TEMPORARILY_UNAVAILABLE to GET"
            + " /api/2.0/mlflow/registered-models/search: the database is busy");
    assertThat(waits).isEmpty();
  }
}
