package dev.modelgate.core.spi;

import dev.modelgate.core.Evaluation;
import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One registered version of a model, as a {@link ModelRegistry} holds it: a snapshot, immutable
 * and thread-safe; {@link ModelRegistry#setTags} returns a new snapshot.
 *
 * @param model the model's name, valid by {@link RegistryNames#requireModelName}
 * @param version the version id, {@code "1"}, {@code "2"}, … in order of registration per model
 * @param source where the model's artifact is, such as {@code s3://models/fraud/17} or {@code
 *     runs:/3f2a/model}
 * @param runId the training run that produced it, if known
 * @param description free text, empty when none was given
 * @param evaluation the evaluation it was registered with, if any
 * @param tags key/value pairs (gate results among them), sorted by key
 * @param createdAt when the registry registered it
 */
public record ModelVersion(
    String model,
    String version,
    URI source,
    Optional<String> runId,
    String description,
    Optional<Evaluation> evaluation,
    Map<String, String> tags,
    Instant createdAt) {

  /** Checks the names and copies the tags. */
  public ModelVersion {
    RegistryNames.requireModelName(model);
    RegistryNames.requireVersion(version);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(createdAt, "createdAt");
    tags = copyTags(tags);
  }

  /** The version id as a number: 1, 2, 3, … */
  public long number() {
    return Long.parseLong(version);
  }

  /** A copy with {@code newTags} set: added, or replacing the value of an existing key. */
  public ModelVersion withTags(Map<String, String> newTags) {
    Map<String, String> merged = new TreeMap<>(tags);
    merged.putAll(copyTags(newTags));
    return new ModelVersion(
        model, version, source, runId, description, evaluation, merged, createdAt);
  }

  static Map<String, String> copyTags(Map<String, String> tags) {
    Objects.requireNonNull(tags, "tags");
    TreeMap<String, String> copy = new TreeMap<>();
    tags.forEach(
        (key, value) -> {
          RegistryNames.requireTagKey(key);
          copy.put(key, Objects.requireNonNull(value, () -> "value of tag " + key));
        });
    return Collections.unmodifiableMap(copy);
  }
}
