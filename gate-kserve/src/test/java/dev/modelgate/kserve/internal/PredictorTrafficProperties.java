package dev.modelgate.kserve.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The share read back is the one written, wherever the entries are, and only it confirms. */
class PredictorTrafficProperties {

  private static ObjectNode statusWithSplit(int canary, boolean prevFirst) {
    ObjectNode status = StatusTree.example();
    ArrayNode traffic = StatusTree.predictor(status).putArray("traffic");
    if (prevFirst && canary < 100) {
      prev(traffic, canary);
    }
    traffic.addObject().put("tag", "latest").put("revisionName", "fraud-model-predictor-00003")
        .put("latestRevision", true).put("percent", canary);
    if (!prevFirst && canary < 100) {
      prev(traffic, canary);
    }
    if (canary == 100) {
      StatusTree.predictor(status).put("latestRolledoutRevision", "fraud-model-predictor-00003");
    }
    return status;
  }

  private static void prev(ArrayNode traffic, int canary) {
    traffic.addObject().put("tag", "prev").put("revisionName", "fraud-model-predictor-00002")
        .put("latestRevision", false).put("percent", 100 - canary);
  }

  @Property
  void should_confirm_the_share_the_spec_asks_for(
      @ForAll @IntRange(min = 0, max = 100) int canary, @ForAll boolean prevFirst) {
    ObservedTraffic observed =
        PredictorTraffic.observe(StatusTree.map(statusWithSplit(canary, prevFirst)), canary, StatusTree.shape());

    assertThat(observed).isEqualTo(ObservedTraffic.ready(canary));
  }

  @Property
  void should_never_confirm_another_share(
      @ForAll @IntRange(min = 0, max = 100) int canary,
      @ForAll @IntRange(min = 0, max = 100) int asked,
      @ForAll boolean prevFirst) {
    ObservedTraffic observed =
        PredictorTraffic.observe(StatusTree.map(statusWithSplit(canary, prevFirst)), asked, StatusTree.shape());

    assertThat(observed.split().canaryPercent()).isEqualTo(canary);
    assertThat(observed.split().ready()).isEqualTo(asked == canary);
  }
}
