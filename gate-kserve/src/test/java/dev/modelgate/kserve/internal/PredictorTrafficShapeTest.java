package dev.modelgate.kserve.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.spi.TrafficException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A status that is not shaped as KServe writes it fails with a message naming the path. */
class PredictorTrafficShapeTest {

  private static final String PREFIX =
      "cannot read the traffic split on InferenceService ml-serving/fraud-model: unexpected shape: ";
  private static final String TRAFFIC = "status.components.predictor.traffic";

  private static void assertShape(Consumer<ObjectNode> edit, String detail) {
    ObjectNode status = StatusTree.example();
    edit.accept(status);
    assertThatThrownBy(() -> PredictorTraffic.observe(StatusTree.map(status), 20, StatusTree.shape()))
        .isInstanceOf(TrafficException.class)
        .hasMessage(PREFIX + detail);
  }

  private static ObjectNode entry(ObjectNode status, int index) {
    return (ObjectNode) StatusTree.predictor(status).get("traffic").get(index);
  }

  @Test
  void should_refuse_traffic_that_is_not_a_list() {
    assertShape(s -> StatusTree.predictor(s).put("traffic", "none"), TRAFFIC + " is \"none\", not a list");
  }

  @Test
  void should_refuse_an_entry_that_is_not_an_object() {
    assertShape(
        s -> StatusTree.predictor(s).withArrayProperty("traffic").set(1, s.numberNode(80)),
        TRAFFIC + "[1] is 80, not an object");
  }

  @Test
  void should_refuse_a_null_entry() {
    assertShape(
        s -> StatusTree.predictor(s).withArrayProperty("traffic").set(0, s.nullNode()),
        TRAFFIC + "[0] is null, not an object");
  }

  @Test
  void should_refuse_a_percent_that_is_a_string() {
    assertShape(
        s -> entry(s, 1).put("percent", "80"),
        TRAFFIC + "[1].percent is \"80\", not an integer between 0 and 100");
  }

  @Test
  void should_refuse_a_percent_above_one_hundred() {
    assertShape(
        s -> entry(s, 0).put("percent", 120),
        TRAFFIC + "[0].percent is 120, not an integer between 0 and 100");
  }

  @Test
  void should_refuse_a_negative_percent() {
    assertShape(
        s -> entry(s, 0).put("percent", -20),
        TRAFFIC + "[0].percent is -20, not an integer between 0 and 100");
  }

  @Test
  void should_refuse_a_fractional_percent() {
    assertShape(
        s -> entry(s, 0).put("percent", 20.5),
        TRAFFIC + "[0].percent is 20.5, not an integer between 0 and 100");
  }

  @Test
  void should_refuse_a_latest_revision_flag_that_is_not_a_boolean() {
    assertShape(
        s -> entry(s, 0).put("latestRevision", "true"),
        TRAFFIC + "[0].latestRevision is \"true\", not a boolean");
  }

  @Test
  void should_refuse_percentages_that_do_not_sum_to_one_hundred() {
    assertShape(s -> entry(s, 1).put("percent", 70), TRAFFIC + " percentages sum to 90, not 100");
  }

  @Test
  void should_refuse_traffic_without_a_latest_revision() {
    assertShape(
        s -> entry(s, 0).put("latestRevision", false),
        TRAFFIC + " has 0 entries with latestRevision: true, not 1");
  }

  @Test
  void should_refuse_traffic_with_two_latest_revisions() {
    assertShape(
        s -> entry(s, 1).put("latestRevision", true),
        TRAFFIC + " has 2 entries with latestRevision: true, not 1");
  }

  @Test
  void should_refuse_components_that_are_not_an_object() {
    assertShape(s -> s.putArray("components"), "status.components is a list, not an object");
  }

  @Test
  void should_refuse_a_revision_name_that_is_not_a_string() {
    assertShape(
        s -> StatusTree.predictor(s).put("latestReadyRevision", 3),
        "status.components.predictor.latestReadyRevision is 3, not a string");
  }

  @Test
  void should_refuse_conditions_that_are_not_a_list() {
    assertShape(s -> s.putObject("conditions"), "status.conditions is an object, not a list");
  }
}
