package dev.modelgate.kserve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plays the KServe controller in Knative mode on the mock API server: it writes {@code
 * status.components.predictor} from {@code spec.predictor.canaryTrafficPercent} the way KServe
 * v0.20.0 does ({@code createKnativeService}, then {@code PropagateStatus}), as the contract sheet
 * {@code kserve-canary.md} describes them, one reconcile pass per call. Not thread-safe.
 *
 * <p>The mock server keeps {@code "canaryTrafficPercent": null} after a merge patch removes the
 * field (a real API server deletes the key); both read as "absent" here.
 */
final class FakeKServeController {

  private final MockKServe kserve;

  FakeKServeController(MockKServe kserve) {
    this.kserve = kserve;
  }

  /** One reconcile pass: the Knative traffic from the spec, then the rollout bookkeeping. */
  void reconcile() {
    ObjectNode isvc = Json.tree(kserve.stored());
    JsonNode share = isvc.path("spec").path("predictor").path("canaryTrafficPercent");
    ObjectNode status = (ObjectNode) isvc.get("status");
    ObjectNode predictor = (ObjectNode) status.path("components").path("predictor");
    String latestReady = predictor.path("latestReadyRevision").asText();
    String rolledOut = predictor.path("latestRolledoutRevision").asText();

    ArrayNode traffic = predictor.putArray("traffic");
    if (share.isIntegralNumber() && !rolledOut.isEmpty()) {
      target(traffic, "latest", latestReady, true, share.asInt());
      if (share.asInt() < 100) {
        target(traffic, "prev", rolledOut, false, 100 - share.asInt());
      }
    } else {
      target(traffic, "latest", latestReady, true, 100);
    }
    propagate(predictor, traffic);
    kserve.writeStatus(Json.map(status));
  }

  /** The model changed: a new revision is created and is not ready yet. */
  void createRevision(String revision) {
    edit(predictor -> predictor.put("latestCreatedRevision", revision));
  }

  /** The latest created revision became ready. */
  void revisionReady() {
    edit(predictor -> predictor.set("latestReadyRevision", predictor.get("latestCreatedRevision")));
  }

  /** Sets the status of the {@code Ready} condition: "True", "False" or "Unknown". */
  void readyCondition(String value) {
    ObjectNode status = (ObjectNode) Json.tree(kserve.stored()).get("status");
    for (JsonNode condition : status.path("conditions")) {
      if ("Ready".equals(condition.path("type").asText())) {
        ((ObjectNode) condition).put("status", value);
      }
    }
    kserve.writeStatus(Json.map(status));
  }

  private void edit(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode status = (ObjectNode) Json.tree(kserve.stored()).get("status");
    change.accept((ObjectNode) status.path("components").path("predictor"));
    kserve.writeStatus(Json.map(status));
  }

  /** PropagateStatus: record a promotion, or detect a rollback after one. */
  private static void propagate(ObjectNode predictor, ArrayNode traffic) {
    JsonNode latest = traffic.get(0);
    String latestReady = predictor.path("latestReadyRevision").asText();
    String rolledOut = predictor.path("latestRolledoutRevision").asText();
    String previous = predictor.path("previousRolledoutRevision").asText();
    if (latest.get("percent").asInt() == 100 && !latestReady.equals(rolledOut)) {
      predictor.put("previousRolledoutRevision", rolledOut);
      predictor.put("latestRolledoutRevision", latestReady);
    } else if (rolledOut.equals(latestReady)
        && latestReady.equals(predictor.path("latestCreatedRevision").asText())
        && latest.get("percent").asInt() < 100
        && percentTo(traffic, rolledOut) == 100
        && !previous.isEmpty()) {
      predictor.put("latestRolledoutRevision", previous);
    }
  }

  private static int percentTo(ArrayNode traffic, String revision) {
    int sum = 0;
    for (JsonNode target : traffic) {
      if (revision.equals(target.path("revisionName").asText())) {
        sum += target.path("percent").asInt();
      }
    }
    return sum;
  }

  private static void target(
      ArrayNode traffic, String tag, String revision, boolean latest, int percent) {
    traffic
        .addObject()
        .put("tag", tag)
        .put("revisionName", revision)
        .put("latestRevision", latest)
        .put("percent", percent)
        .put("url", "http://" + tag + "-fraud-model-predictor.ml-serving.example.com");
  }
}
