package dev.modelgate.kserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Promotion removes canaryTrafficPercent, rollback sets it to 0; both only when it changes. */
class PromoteAndRollbackTest {

  private static final String PROMOTE = "{\"spec\":{\"predictor\":{\"canaryTrafficPercent\":null}}}";
  private static final String ROLLBACK = "{\"spec\":{\"predictor\":{\"canaryTrafficPercent\":0}}}";

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
  void should_promote_by_removing_the_field_with_a_merge_patch() {
    router.promoteCanary();

    assertThat(kserve.takePatches())
        .extracting(RecordingDispatcher.Request::contentType, RecordingDispatcher.Request::body)
        .containsExactly(tuple("application/merge-patch+json", PROMOTE));
    assertThat(kserve.storedPredictor().get("canaryTrafficPercent")).isNull();
  }

  @Test
  void should_send_nothing_when_promoting_a_promoted_canary() {
    router.promoteCanary();
    kserve.takeRequests();

    router.promoteCanary();

    assertThat(kserve.takePatches()).isEmpty();
  }

  @Test
  void should_roll_back_by_setting_the_share_to_zero() {
    router.rollback();

    assertThat(kserve.takePatches())
        .extracting(RecordingDispatcher.Request::contentType, RecordingDispatcher.Request::body)
        .containsExactly(tuple("application/merge-patch+json", ROLLBACK));
    assertThat(kserve.storedPredictor().get("canaryTrafficPercent")).isEqualTo(0);
  }

  @Test
  void should_send_nothing_when_rolling_back_a_rolled_back_canary() {
    router.rollback();
    kserve.takeRequests();

    router.rollback();
    router.setCanaryShare(0);

    assertThat(kserve.takePatches()).isEmpty();
  }

  @Test
  void should_roll_back_after_a_promotion_by_setting_the_share_to_zero_again() {
    router.promoteCanary();

    router.rollback();

    assertThat(kserve.takePatches()).extracting(RecordingDispatcher.Request::body).containsExactly(PROMOTE, ROLLBACK);
    assertThat(kserve.storedPredictor().get("canaryTrafficPercent")).isEqualTo(0);
  }

  @Test
  void should_set_one_hundred_after_a_promotion_as_a_change() {
    router.promoteCanary();

    router.setCanaryShare(100);

    assertThat(kserve.takePatches())
        .extracting(RecordingDispatcher.Request::body)
        .containsExactly(PROMOTE, "{\"spec\":{\"predictor\":{\"canaryTrafficPercent\":100}}}");
  }
}
