package dev.modelgate.kserve.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The canary's share and readiness read from status.components.predictor. */
class PredictorTrafficTest {

  private static final String REV1 = "fraud-model-predictor-00001";
  private static final String REV2 = "fraud-model-predictor-00002";
  private static final String REV3 = "fraud-model-predictor-00003";

  private static ObservedTraffic observe(@Nullable ObjectNode status, @Nullable Object spec) {
    return PredictorTraffic.observe(
        status == null ? null : StatusTree.map(status), spec, StatusTree.shape());
  }

  @Test
  void should_read_the_share_of_the_latest_revision_when_the_spec_asks_for_it() {
    assertThat(observe(StatusTree.example(), 20)).isEqualTo(ObservedTraffic.ready(20));
  }

  @Test
  void should_not_confirm_a_status_that_shows_another_share_than_the_spec() {
    assertThat(observe(StatusTree.example(), 50))
        .isEqualTo(
            ObservedTraffic.pending(20, "the spec asks for canaryTrafficPercent 50, the status shows 20 %"));
  }

  @Test
  void should_expect_one_hundred_percent_when_the_spec_has_no_share() {
    assertThat(observe(StatusTree.example(), null))
        .isEqualTo(
            ObservedTraffic.pending(
                20, "the spec asks for no canaryTrafficPercent (100 %), the status shows 20 %"));
  }

  @Test
  void should_never_confirm_a_spec_share_that_is_not_an_integer() {
    assertThat(observe(StatusTree.example(), "20"))
        .isEqualTo(
            ObservedTraffic.pending(20, "the spec asks for canaryTrafficPercent \"20\", the status shows 20 %"));
  }

  @Test
  void should_not_confirm_without_a_ready_condition() {
    ObjectNode status = StatusTree.example();
    status.remove("conditions");

    assertThat(observe(status, 20))
        .isEqualTo(ObservedTraffic.pending(20, "the Ready condition is missing"));
  }

  @Test
  void should_not_confirm_when_ready_is_false() {
    ObjectNode status = StatusTree.example();
    ((ObjectNode) status.get("conditions").get(1)).put("status", "False");

    assertThat(observe(status, 20)).isEqualTo(ObservedTraffic.pending(20, "the Ready condition is False"));
  }

  @Test
  void should_not_confirm_while_a_newer_revision_is_not_ready() {
    ObjectNode status = StatusTree.example();
    StatusTree.predictor(status).put("latestCreatedRevision", "fraud-model-predictor-00004");

    assertThat(observe(status, 20))
        .isEqualTo(
            ObservedTraffic.pending(
                20,
                "the latest created revision is fraud-model-predictor-00004, the latest ready one "
                    + REV3
                    + ", and the latest traffic goes to "
                    + REV3));
  }

  @Test
  void should_not_confirm_a_promotion_kserve_has_not_recorded() {
    ObjectNode status = StatusTree.example();
    ArrayNode traffic = StatusTree.predictor(status).putArray("traffic");
    traffic.addObject().put("revisionName", REV3).put("latestRevision", true).put("percent", 100);

    assertThat(observe(status, null))
        .isEqualTo(
            ObservedTraffic.pending(
                100,
                "the candidate " + REV3 + " takes 100 % but the latest rolled-out revision is " + REV2));
  }

  @Test
  void should_confirm_a_recorded_promotion() {
    ObjectNode status = StatusTree.example();
    ObjectNode predictor = StatusTree.predictor(status);
    predictor.put("latestRolledoutRevision", REV3).put("previousRolledoutRevision", REV2);
    predictor.putArray("traffic").addObject().put("revisionName", REV3).put("latestRevision", true).put("percent", 100);

    assertThat(observe(status, null)).isEqualTo(ObservedTraffic.ready(100));
  }

  @Test
  void should_count_a_prev_entry_that_still_names_the_candidate_as_canary_traffic() {
    ObjectNode status = StatusTree.example();
    ObjectNode predictor = StatusTree.predictor(status);
    predictor.put("latestRolledoutRevision", REV3);
    ArrayNode traffic = predictor.putArray("traffic");
    traffic.addObject().put("revisionName", REV3).put("latestRevision", true).put("percent", 0);
    traffic.addObject().put("tag", "prev").put("revisionName", REV3).put("percent", 100);

    assertThat(observe(status, 0).split().canaryPercent()).isEqualTo(100);
    assertThat(observe(status, 0).split().ready()).isFalse();
  }

  @Test
  void should_read_an_entry_without_percent_as_zero() {
    ObjectNode status = StatusTree.example();
    ArrayNode traffic = StatusTree.predictor(status).putArray("traffic");
    traffic.addObject().put("revisionName", REV3).put("latestRevision", true);
    traffic.addObject().put("tag", "prev").put("revisionName", REV2).put("percent", 100);

    assertThat(observe(status, 0)).isEqualTo(ObservedTraffic.ready(0));
  }

  @Test
  void should_take_latest_ready_revision_as_candidate_when_the_entry_names_none() {
    ObjectNode status = StatusTree.example();
    ArrayNode traffic = StatusTree.predictor(status).putArray("traffic");
    traffic.addObject().put("latestRevision", true).put("percent", 20);
    traffic.addObject().put("tag", "prev").put("revisionName", REV1).put("percent", 80);

    assertThat(observe(status, 20)).isEqualTo(ObservedTraffic.ready(20));
  }

  @Test
  void should_be_zero_and_not_ready_before_the_controller_wrote_traffic() {
    String noTraffic = "the status reports no traffic for the predictor yet";
    ObjectNode withoutComponents = StatusTree.example();
    withoutComponents.remove("components");
    ObjectNode emptyTraffic = StatusTree.example();
    StatusTree.predictor(emptyTraffic).putArray("traffic");

    assertThat(observe(null, 20)).isEqualTo(ObservedTraffic.pending(0, noTraffic));
    assertThat(observe(withoutComponents, 20)).isEqualTo(ObservedTraffic.pending(0, noTraffic));
    assertThat(observe(emptyTraffic, 20)).isEqualTo(ObservedTraffic.pending(0, noTraffic));
  }
}
