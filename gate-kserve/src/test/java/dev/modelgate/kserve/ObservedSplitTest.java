package dev.modelgate.kserve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.spi.TrafficSplit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The split the router observes while the test plays the KServe controller: a patch is confirmed
 * only once the controller has written the matching status.
 */
class ObservedSplitTest {

  private MockKServe kserve;
  private FakeKServeController controller;
  private KServeTrafficRouter router;

  @BeforeEach
  void start_an_eighty_twenty_canary() {
    kserve = new MockKServe();
    kserve.create("inferenceservice-canary.json");
    controller = new FakeKServeController(kserve);
    router = kserve.router();
  }

  @AfterEach
  void stop() {
    kserve.close();
  }

  @Test
  void should_observe_the_canary_share_of_the_contract_example() {
    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(20, true));
  }

  @Test
  void should_not_confirm_a_new_share_before_the_controller_wrote_the_status() {
    router.setCanaryShare(50);

    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(20, false));
  }

  @Test
  void should_confirm_a_new_share_once_the_controller_wrote_the_status() {
    router.setCanaryShare(50);
    controller.reconcile();

    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(50, true));
  }

  @Test
  void should_confirm_a_rollback_once_the_previous_revision_takes_all_traffic() {
    router.rollback();
    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(20, false));

    controller.reconcile();

    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(0, true));
  }

  @Test
  void should_confirm_a_promotion_once_kserve_recorded_the_candidate_as_rolled_out() {
    router.promoteCanary();
    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(20, false));

    controller.reconcile();

    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(100, true));
    assertThat(Json.tree(kserve.stored()).at("/status/components/predictor/latestRolledoutRevision").asText())
        .isEqualTo("fraud-model-predictor-00003");
  }

  @Test
  void should_report_the_candidate_still_serving_everything_until_a_rollback_after_promotion_moved_back() {
    router.promoteCanary();
    controller.reconcile();
    router.rollback();

    controller.reconcile();
    TrafficSplit whilePrevStillNamesTheCandidate = router.observedSplit();
    controller.reconcile();

    assertThat(whilePrevStillNamesTheCandidate).isEqualTo(new TrafficSplit(100, false));
    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(0, true));
    assertThat(Json.tree(kserve.stored()).at("/status/components/predictor/traffic/1/revisionName").asText())
        .isEqualTo("fraud-model-predictor-00002");
  }

  @Test
  void should_not_confirm_while_a_newer_revision_is_still_starting() {
    controller.createRevision("fraud-model-predictor-00004");

    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(20, false));

    controller.revisionReady();
    controller.reconcile();

    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(20, true));
  }

  @Test
  void should_not_confirm_while_the_ready_condition_is_not_true() {
    controller.readyCondition("False");

    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(20, false));

    controller.readyCondition("True");

    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(20, true));
  }

  @Test
  void should_observe_zero_not_ready_before_the_controller_wrote_any_status() {
    kserve.close();
    kserve = new MockKServe();
    var isvc = kserve.load("inferenceservice-canary.json");
    isvc.getAdditionalProperties().remove("status");
    kserve.create(isvc);

    assertThat(kserve.router().observedSplit()).isEqualTo(new TrafficSplit(0, false));
  }
}
