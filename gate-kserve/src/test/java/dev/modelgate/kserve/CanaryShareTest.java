package dev.modelgate.kserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.modelgate.kserve.RecordingDispatcher.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Setting the canary's share: one merge patch of canaryTrafficPercent, and only when it changes. */
class CanaryShareTest {

  private MockKServe kserve;
  private KServeTrafficRouter router;

  @BeforeEach
  void start_an_eighty_twenty_canary() {
    kserve = new MockKServe();
    kserve.create("inferenceservice-canary.json");
    router = kserve.router();
  }

  @AfterEach
  void stop() {
    kserve.close();
  }

  @Test
  void should_send_one_merge_patch_of_canary_traffic_percent() {
    router.setCanaryShare(50);

    assertThat(kserve.takeRequests())
        .extracting(Request::method, Request::path, Request::contentType, Request::body)
        .containsExactly(
            tuple("GET", MockKServe.PATH, "", ""),
            tuple(
                "PATCH",
                MockKServe.PATH,
                "application/merge-patch+json",
                "{\"spec\":{\"predictor\":{\"canaryTrafficPercent\":50}}}"));
    assertThat(kserve.storedPredictor().get("canaryTrafficPercent")).isEqualTo(50);
  }

  @Test
  void should_keep_the_rest_of_the_predictor_when_patching() {
    router.setCanaryShare(50);

    assertThat(Json.tree(kserve.storedPredictor()).at("/model/storageUri").asText())
        .isEqualTo("s3://mlflow-artifacts/12/def456/artifacts/model");
  }

  @Test
  void should_send_nothing_when_the_share_is_already_set() {
    router.setCanaryShare(20);

    assertThat(kserve.takePatches()).isEmpty();
  }

  @Test
  void should_send_nothing_the_second_time_the_same_share_is_set() {
    router.setCanaryShare(50);
    kserve.takeRequests();

    router.setCanaryShare(50);

    assertThat(kserve.takePatches()).isEmpty();
    assertThat(kserve.storedPredictor().get("canaryTrafficPercent")).isEqualTo(50);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 99, 100})
  void should_accept_the_edges_of_the_range(int percent) {
    router.setCanaryShare(percent);

    assertThat(kserve.takePatches())
        .extracting(Request::body)
        .containsExactly("{\"spec\":{\"predictor\":{\"canaryTrafficPercent\":" + percent + "}}}");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void should_refuse_a_share_out_of_range_before_any_call(int percent) {
    assertThatThrownBy(() -> router.setCanaryShare(percent))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("canary share = " + percent + " is not a percentage between 0 and 100");
    assertThat(kserve.takeRequests()).isEmpty();
  }

  @Test
  void should_name_the_inference_service() {
    assertThat(router.name()).isEqualTo("kserve:ml-serving/fraud-model");
    assertThat(router).hasToString("KServeTrafficRouter[kserve:ml-serving/fraud-model]");
  }
}
