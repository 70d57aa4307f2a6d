package dev.modelgate.kserve.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The status of the contract sheet's example InferenceService (80/20 canary, Ready) as an editable
 * JSON tree, turned into the untyped maps the fabric8 client gives a generic resource.
 */
final class StatusTree {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static final String EXAMPLE =
      """
      {
        "deploymentMode": "Knative",
        "conditions": [
          {"type": "PredictorReady", "status": "True"},
          {"type": "Ready", "status": "True"}
        ],
        "components": {
          "predictor": {
            "latestCreatedRevision": "fraud-model-predictor-00003",
            "latestReadyRevision": "fraud-model-predictor-00003",
            "latestRolledoutRevision": "fraud-model-predictor-00002",
            "previousRolledoutRevision": "fraud-model-predictor-00001",
            "traffic": [
              {"tag": "latest", "revisionName": "fraud-model-predictor-00003",
               "latestRevision": true, "percent": 20},
              {"tag": "prev", "revisionName": "fraud-model-predictor-00002",
               "latestRevision": false, "percent": 80}
            ]
          }
        }
      }
      """;

  private StatusTree() {}

  /** The example status, to edit. */
  static ObjectNode example() {
    return (ObjectNode) parse(EXAMPLE);
  }

  /** {@code status}'s {@code components.predictor}, to edit. */
  static ObjectNode predictor(ObjectNode status) {
    return (ObjectNode) status.get("components").get("predictor");
  }

  /** The JSON text as a tree. */
  static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tree as the maps, lists, strings, numbers and booleans of a generic resource. */
  static Map<String, Object> map(com.fasterxml.jackson.databind.JsonNode tree) {
    return MAPPER.convertValue(tree, new TypeReference<Map<String, Object>>() {});
  }

  /** The shape checker of a read of ml-serving/fraud-model. */
  static Shape shape() {
    return new Shape(new InferenceServiceRef("ml-serving", "fraud-model"), KServeMessages.read());
  }
}
