package dev.modelgate.kserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.TrafficException;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every failure of the API server becomes a TrafficException naming the InferenceService. */
class ErrorMappingTest {

  private static final String ON = " on InferenceService ml-serving/fraud-model: ";

  private MockKServe kserve;
  private KServeTrafficRouter router;

  @BeforeEach
  void start() {
    kserve = new MockKServe();
    router = kserve.router();
  }

  @AfterEach
  void stop() {
    kserve.close();
  }

  /** Each operation of the router and the words its messages use for it. */
  static Stream<Arguments> operations() {
    return Stream.of(
        operation("set the canary share to 20 %", router -> router.setCanaryShare(20)),
        operation("promote the canary", KServeTrafficRouter::promoteCanary),
        operation("roll back the canary", KServeTrafficRouter::rollback),
        operation("read the traffic split", KServeTrafficRouter::observedSplit));
  }

  private static Arguments operation(String action, Consumer<KServeTrafficRouter> call) {
    return Arguments.of(action, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void should_say_the_inference_service_does_not_exist(String action, Consumer<KServeTrafficRouter> call) {
    assertThatThrownBy(() -> call.accept(router))
        .isInstanceOf(TrafficException.class)
        .hasMessage("cannot " + action + ON + "it does not exist (HTTP 404)");
    assertThat(kserve.takePatches()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void should_say_access_was_denied_and_which_permissions_are_needed(
      String action, Consumer<KServeTrafficRouter> call) {
    answerGet(403, "Forbidden", "inferenceservices.serving.kserve.io \"fraud-model\" is forbidden");

    assertThatThrownBy(() -> call.accept(router))
        .isInstanceOf(TrafficException.class)
        .hasMessage(
            "cannot "
                + action
                + ON
                + "access denied (HTTP 403); the client needs the verbs get and patch on the resource"
                + " inferenceservices of API group serving.kserve.io in namespace ml-serving");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void should_say_the_credentials_were_not_accepted(String action, Consumer<KServeTrafficRouter> call) {
    answerGet(401, "Unauthorized", "Unauthorized");

    assertThatThrownBy(() -> call.accept(router))
        .isInstanceOf(TrafficException.class)
        .hasMessage(
            "cannot " + action + ON + "the API server did not accept the client's credentials (HTTP 401)");
  }

  @Test
  void should_say_a_patch_was_refused_for_a_conflict() {
    kserve.create("inferenceservice-canary.json");
    answerPatch(409, "Conflict", "the object has been modified; please apply your changes to the latest version");

    assertThatThrownBy(() -> router.setCanaryShare(50))
        .isInstanceOf(TrafficException.class)
        .hasMessage(
            "cannot set the canary share to 50 %"
                + ON
                + "it was changed at the same time (HTTP 409 Conflict); try again");
  }

  @Test
  void should_say_the_inference_service_vanished_between_read_and_patch() {
    kserve.create("inferenceservice-canary.json");
    answerPatch(404, "NotFound", "inferenceservices.serving.kserve.io \"fraud-model\" not found");

    assertThatThrownBy(router::promoteCanary)
        .isInstanceOf(TrafficException.class)
        .hasMessage("cannot promote the canary" + ON + "it does not exist (HTTP 404)");
  }

  @Test
  void should_quote_the_api_server_when_a_webhook_denies_the_patch() {
    kserve.create("inferenceservice-canary.json");
    answerPatch(
        422,
        "Invalid",
        "admission webhook \"inferenceservice.kserve-webhook-server.validator\" denied the request:"
            + " canaryTrafficPercent is not allowed");

    assertThatThrownBy(router::rollback)
        .isInstanceOf(TrafficException.class)
        .hasMessage(
            "cannot roll back the canary"
                + ON
                + "the API server answered HTTP 422: admission webhook"
                + " \"inferenceservice.kserve-webhook-server.validator\" denied the request:"
                + " canaryTrafficPercent is not allowed");
  }

  @Test
  void should_give_the_reason_phrase_when_the_api_server_sends_no_status() {
    kserve.server().expect().get().withPath(MockKServe.PATH).andReturn(500, "").always();

    assertThatThrownBy(router::observedSplit)
        .isInstanceOf(TrafficException.class)
        .hasMessage("cannot read the traffic split" + ON + "the API server answered HTTP 500: Internal Server Error");
  }

  @Test
  void should_keep_the_client_exception_as_the_cause() {
    answerGet(403, "Forbidden", "forbidden");

    assertThatThrownBy(router::observedSplit)
        .hasCauseInstanceOf(io.fabric8.kubernetes.client.KubernetesClientException.class);
  }

  private void answerGet(int code, String reason, String message) {
    kserve.server().expect().get().withPath(MockKServe.PATH).andReturn(code, status(code, reason, message)).always();
  }

  private void answerPatch(int code, String reason, String message) {
    kserve.server().expect().patch().withPath(MockKServe.PATH).andReturn(code, status(code, reason, message)).always();
  }

  private static Status status(int code, String reason, String message) {
    return new StatusBuilder()
        .withApiVersion("v1")
        .withKind("Status")
        .withStatus("Failure")
        .withCode(code)
        .withReason(reason)
        .withMessage(message)
        .build();
  }
}
