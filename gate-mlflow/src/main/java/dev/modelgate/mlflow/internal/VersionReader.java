package dev.modelgate.mlflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.report.EvaluationJson;
import dev.modelgate.core.spi.ModelVersion;
import dev.modelgate.core.spi.RegistryException;
import dev.modelgate.core.spi.RegistryNames;
import dev.modelgate.mlflow.MlflowUnexpectedResponseException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an MLflow {@code ModelVersion} (contract sheet, section 3) as a ModelGate {@link
 * ModelVersion}. Every field is optional in MLflow's JSON: a missing description or run id is
 * none, a missing creation time is the epoch. The evaluation comes from the hidden tag {@value
 * #EVALUATION}; tags whose keys ModelGate cannot name (spaces, slashes, set outside ModelGate) and
 * ModelGate's own tags are left out of {@link ModelVersion#tags()}. Stateless and thread-safe.
 */
final class VersionReader {

  /** The version tag that holds the evaluation as {@link EvaluationJson}. */
  static final String EVALUATION = TagCodec.HIDDEN + "evaluation";

  private static final Logger log = LoggerFactory.getLogger(VersionReader.class);

  private VersionReader() {}

  /** The version in {@code node}, which {@code call} answered. */
  static ModelVersion read(JsonNode node, TagCodec codec, Call call) {
    String model = required(node, "name", call);
    String version = required(node, "version", call);
    String owner = MlflowMessages.versionOwner(model, version);
    Map<String, String> tags = codec.decode(storedTags(node), owner);
    Optional<Evaluation> evaluation = Optional.ofNullable(tags.get(EVALUATION))
        .map(json -> evaluation(json, owner));
    Map<String, String> visible = new TreeMap<>();
    tags.forEach((key, value) -> {
      if (!key.startsWith(TagCodec.HIDDEN) && nameable(key, owner)) {
        visible.put(key, value);
      }
    });
    String runId = node.path("run_id").asText("");
    return new ModelVersion(
        model,
        version,
        source(node.path("source").asText(""), owner),
        runId.isBlank() ? Optional.empty() : Optional.of(runId),
        node.path("description").asText(""),
        evaluation,
        visible,
        Instant.ofEpochMilli(node.path("creation_timestamp").asLong(0)));
  }

  /** The tags of a model or version node as MLflow stores them: {@code [{key, value}]}. */
  static Map<String, String> storedTags(JsonNode node) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (JsonNode tag : node.path("tags")) {
      if (tag.path("key").isTextual()) {
        tags.put(tag.path("key").asText(), tag.path("value").asText(""));
      }
    }
    return tags;
  }

  private static String required(JsonNode node, String field, Call call) {
    JsonNode value = node.path(field);
    if (!value.isTextual() && !value.isIntegralNumber()) {
      throw new MlflowUnexpectedResponseException(
          MlflowMessages.missingField(call, "model_version." + field), call.toString(), 200, null,
          null);
    }
    return value.asText();
  }

  private static Evaluation evaluation(String json, String owner) {
    try {
      return EvaluationJson.read(json);
    } catch (IllegalArgumentException e) {
      throw new RegistryException(
          MlflowMessages.unreadableTag(owner, EVALUATION, String.valueOf(e.getMessage())), e);
    }
  }

  private static boolean nameable(String key, String owner) {
    try {
      RegistryNames.requireTagKey(key);
      return true;
    } catch (IllegalArgumentException e) {
      log.atDebug().setMessage("MLflow tag left out: ModelGate cannot name its key")
          .addKeyValue("owner", owner).addKeyValue("reason", e.getMessage()).log();
      return false;
    }
  }

  private static URI source(String source, String owner) {
    try {
      return new URI(source);
    } catch (URISyntaxException e) {
      try {
        return new URI(null, null, source, null);
      } catch (URISyntaxException again) {
        throw new RegistryException(
            "the source of " + owner + " is not a URI: " + again.getReason(), again);
      }
    }
  }
}
