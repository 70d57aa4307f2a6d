package dev.modelgate.mlflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.report.EvaluationJson;
import dev.modelgate.core.spi.ModelVersion;
import dev.modelgate.core.spi.NoSuchVersionException;
import dev.modelgate.core.spi.RegisterRequest;
import dev.modelgate.core.spi.RegistryException;
import dev.modelgate.core.spi.RegistryNames;
import dev.modelgate.mlflow.MlflowNotFoundException;
import dev.modelgate.mlflow.Sleeper;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Registered models and their versions in MLflow: registration (creating the registered model if
 * missing, and waiting while MLflow says {@code PENDING_REGISTRATION}), lookups, searches and tags.
 * Thread-safe.
 */
public final class VersionStore {

  /** How long to wait between two looks at a pending registration. */
  public static final Duration POLL = Duration.ofSeconds(1);

  private final MlflowApi api;
  private final TagCodec codec;
  private final ModelLocks locks;
  private final Sleeper sleeper;
  private final Duration registrationTimeout;

  /** A store that calls {@code api} and waits at most {@code registrationTimeout} per version. */
  public VersionStore(
      MlflowApi api, TagCodec codec, ModelLocks locks, Sleeper sleeper,
      Duration registrationTimeout) {
    this.api = api;
    this.codec = codec;
    this.locks = locks;
    this.sleeper = sleeper;
    this.registrationTimeout = registrationTimeout;
  }

  /** Registers {@code request} as a new version; its tags and evaluation go with the creation. */
  public ModelVersion register(RegisterRequest request) {
    String model = request.model();
    api.createModelIfMissing(model);
    Map<String, String> tags = new TreeMap<>(request.tags());
    request.evaluation()
        .ifPresent(evaluation -> tags.put(VersionReader.EVALUATION, EvaluationJson.toJson(evaluation)));
    ArrayNode stored = JsonNodeFactory.instance.arrayNode();
    codec.plan(tags, Map.of()).forEach(op -> stored.addObject().put("key", op.key())
        .put("value", op.value()));
    ObjectNode body = JsonNodeFactory.instance.objectNode()
        .put("name", model)
        .put("source", request.source().toString())
        .put("description", request.description());
    request.runId().ifPresent(runId -> body.put("run_id", runId));
    body.set("tags", stored);
    String version = api.createVersion(body).path("version").asText();
    return VersionReader.read(awaitReady(model, version), codec, Call.GET_VERSION);
  }

  /** The version {@code version} of {@code model}, empty when MLflow has none. */
  public Optional<ModelVersion> version(String model, String version) {
    return api.version(model, version).map(node -> VersionReader.read(node, codec, Call.GET_VERSION));
  }

  /** Every version of {@code model}, oldest first. */
  public List<ModelVersion> versions(String model) {
    return api.versions(model, 0).stream()
        .map(node -> VersionReader.read(node, codec, Call.SEARCH_VERSIONS))
        .sorted(Comparator.comparingLong(ModelVersion::number))
        .toList();
  }

  /** The registered models that ModelGate can name and that have a version, sorted. */
  public List<String> models() {
    TreeSet<String> names = new TreeSet<>();
    for (JsonNode model : api.models()) {
      String name = model.path("name").asText("");
      if (nameable(name)
          && (!model.path("latest_versions").isEmpty() || !api.versions(name, 1).isEmpty())) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  /** Sets {@code tags} on a version, long values split; returns the version as MLflow has it. */
  public ModelVersion setTags(String model, String version, Map<String, String> tags) {
    synchronized (locks.of(model)) {
      JsonNode node = api.version(model, version)
          .orElseThrow(() -> new NoSuchVersionException(model, version));
      try {
        for (TagCodec.TagOp op : codec.plan(tags, VersionReader.storedTags(node))) {
          api.versionTag(model, version, op);
        }
      } catch (MlflowNotFoundException gone) {
        throw new NoSuchVersionException(model, version);
      }
      return version(model, version).orElseThrow(() -> new NoSuchVersionException(model, version));
    }
  }

  private JsonNode awaitReady(String model, String version) {
    long polls = Math.max(1, registrationTimeout.toMillis() / POLL.toMillis());
    for (long poll = 0; ; poll++) {
      JsonNode node = api.version(model, version)
          .orElseThrow(() -> new NoSuchVersionException(model, version));
      String status = node.path("status").asText("READY");
      if (status.equals("FAILED_REGISTRATION")) {
        throw new RegistryException(MlflowMessages.registrationFailed(
            model, version, node.path("status_message").asText("")));
      }
      if (!status.equals("PENDING_REGISTRATION")) {
        return node;
      }
      if (poll >= polls) {
        throw new RegistryException(
            MlflowMessages.registrationPending(model, version, registrationTimeout));
      }
      try {
        sleeper.sleep(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RegistryException(
            MlflowMessages.registrationPending(model, version, POLL.multipliedBy(poll)), e);
      }
    }
  }

  private static boolean nameable(String name) {
    try {
      RegistryNames.requireModelName(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
