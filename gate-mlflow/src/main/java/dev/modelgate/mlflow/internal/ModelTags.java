package dev.modelgate.mlflow.internal;

import dev.modelgate.core.spi.RegistryNames;
import dev.modelgate.mlflow.MlflowNotFoundException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The users' tags of registered models (not of versions), long values split by the {@link
 * TagCodec} like version tags; ModelGate's own tags, such as the alias history, stay hidden.
 * Thread-safe.
 */
public final class ModelTags {

  private final MlflowApi api;
  private final TagCodec codec;
  private final ModelLocks locks;

  /** Model tags through {@code api}. */
  public ModelTags(MlflowApi api, TagCodec codec, ModelLocks locks) {
    this.api = api;
    this.codec = codec;
    this.locks = locks;
  }

  /** The tags of {@code model} that users can name, sorted; empty when the model is unknown. */
  public Optional<Map<String, String>> of(String model) {
    return api.model(model).map(node -> visible(
        codec.decode(VersionReader.storedTags(node), MlflowMessages.modelOwner(model))));
  }

  /**
   * Sets {@code tags} on {@code model}: each key is added or its value replaced.
   *
   * @return the model's tags after the change, empty when the model is unknown
   */
  public Optional<Map<String, String>> set(String model, Map<String, String> tags) {
    synchronized (locks.of(model)) {
      Optional<Map<String, String>> stored = api.model(model).map(VersionReader::storedTags);
      if (stored.isEmpty()) {
        return Optional.empty();
      }
      try {
        for (TagCodec.TagOp op : codec.plan(tags, stored.get())) {
          api.modelTag(model, op);
        }
      } catch (MlflowNotFoundException gone) {
        return Optional.empty();
      }
      return of(model);
    }
  }

  private static Map<String, String> visible(Map<String, String> tags) {
    Map<String, String> visible = new TreeMap<>();
    tags.forEach((key, value) -> {
      if (!key.startsWith(TagCodec.HIDDEN) && nameable(key)) {
        visible.put(key, value);
      }
    });
    return visible;
  }

  private static boolean nameable(String key) {
    try {
      RegistryNames.requireTagKey(key);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
