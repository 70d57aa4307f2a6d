package dev.modelgate.mlflow;

import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.ModelVersion;
import dev.modelgate.core.spi.RegisterRequest;
import dev.modelgate.core.spi.RegistryNames;
import dev.modelgate.mlflow.internal.AliasMover;
import dev.modelgate.mlflow.internal.Call;
import dev.modelgate.mlflow.internal.MlflowMessages;
import dev.modelgate.mlflow.internal.ModelTags;
import dev.modelgate.mlflow.internal.VersionStore;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ModelRegistry} kept in the MLflow Model Registry (MLflow 2.3 or later), over its REST
 * API: versions are MLflow model versions, aliases are MLflow aliases ({@code models:/fraud@champion}),
 * tags are MLflow tags (of versions, and of registered models through {@link #setModelTags}).
 * Thread-safe; it holds one HTTP client and no other state than locks.
 *
 * <pre>{@code
 * ModelRegistry registry = MlflowModelRegistry.fromEnvironment(System.getenv()).build();
 * ModelVersion v = registry.register(request);            // creates the registered model if needed
 * registry.setAlias("fraud", "candidate", Optional.empty(), v.version(), "ci");
 * }</pre>
 *
 * <p><b>Compare-and-set.</b> MLflow cannot move an alias conditionally, so {@link #setAlias} and
 * {@link #deleteAlias} read the alias, check it, set it, and read it back. Moves made through one
 * instance are serialised per model and exact. Against other processes a window remains: a move
 * that lands between this instance's read and set is overwritten without notice; one that lands
 * between the set and the read-back is reported as an {@link
 * dev.modelgate.core.spi.AliasConflictException}. Let one process (one CI job at a time) move a
 * model's aliases. A move whose answer is lost is not re-sent blindly: the alias is re-read first.
 *
 * <p><b>Alias history.</b> MLflow keeps none, so each move is recorded as a tag of the registered
 * model, {@code _modelgate.alias-history.<n>} (n = 0000000001, 0000000002, …) holding {@code
 * {"alias":"champion","from":"1","to":"2","actor":"ci","at":"…"}}: visible in MLflow's UI, shared by
 * every process, dated by the builder's clock. The number is the highest one read plus one, so
 * two processes recording a move of the same model at the same moment can pick the same number,
 * and one record then replaces the other (the same window as above). If MLflow refuses the tag
 * after the alias moved, the move stands and is returned, and an error is logged: the history
 * then lacks it.
 *
 * <p><b>Tags and the evaluation.</b> The evaluation is stored as one-line JSON in the version tag
 * {@code _modelgate.evaluation}, written with the version in the create call. A tag value longer
 * than MLflow allows (5000 characters) is split: the first 5000 under its key, the rest under
 * {@code _modelgate.part.<i>.<key>}, their count under {@code _modelgate.parts.<key>}; reading
 * joins them. Keys starting with {@code _modelgate.} and keys ModelGate cannot name (set in MLflow
 * directly) are left out of {@link ModelVersion#tags()}. {@link #setTags} sends one call per tag
 * and is not atomic; repeating it after a failure completes it.
 *
 * <p><b>Times</b> of versions are MLflow's {@code creation_timestamp}. <b>Errors</b> of MLflow are
 * {@link MlflowException}s; idempotent calls are retried with backoff when MLflow is unavailable,
 * creating a version is not. A missing model, version or alias reads as empty, whether MLflow
 * answers 400 or 404 for the alias.
 */
public final class MlflowModelRegistry implements ModelRegistry {

  private final URI trackingUri;
  private final String description;
  private final VersionStore versions;
  private final AliasMover aliases;
  private final ModelTags modelTags;

  MlflowModelRegistry(
      URI trackingUri, String description, VersionStore versions, AliasMover aliases,
      ModelTags modelTags) {
    this.trackingUri = trackingUri;
    this.description = description;
    this.versions = versions;
    this.aliases = aliases;
    this.modelTags = modelTags;
  }

  /** A builder with the defaults and nothing read from the environment. */
  public static MlflowModelRegistryBuilder builder() {
    return new MlflowModelRegistryBuilder();
  }

  /**
   * A builder set up from MLflow's environment variables, as MLflow's Python client reads them:
   * {@code MLFLOW_TRACKING_URI}; {@code MLFLOW_TRACKING_USERNAME} and {@code
   * MLFLOW_TRACKING_PASSWORD} (basic auth, when both are set) or else {@code MLFLOW_TRACKING_TOKEN}
   * (bearer); {@code MLFLOW_TRACKING_INSECURE_TLS}; {@code MLFLOW_TRACKING_SERVER_CERT_PATH};
   * {@code MLFLOW_HTTP_REQUEST_TIMEOUT} (seconds), {@code MLFLOW_HTTP_REQUEST_MAX_RETRIES} and
   * {@code MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR} (seconds before the first retry). Blank values count
   * as unset. Settings ModelGate cannot honour ({@code MLFLOW_TRACKING_CLIENT_CERT_PATH}, {@code
   * MLFLOW_TRACKING_AUTH}, {@code MLFLOW_TRACKING_AWS_SIGV4}), a lone user name or password, and
   * malformed values are reported by {@link MlflowModelRegistryBuilder#build()}, unless a setter
   * of the same concern replaces them. {@code ~/.mlflow/credentials} is not read.
   *
   * <pre>{@code
   * MlflowModelRegistry.fromEnvironment(System.getenv()).trackingUri(uri).build();
   * }</pre>
   */
  public static MlflowModelRegistryBuilder fromEnvironment(Map<String, String> environment) {
    MlflowModelRegistryBuilder builder = new MlflowModelRegistryBuilder();
    MlflowEnvironment.read(Objects.requireNonNull(environment, "environment"), builder);
    return builder;
  }

  /** The MLflow tracking server this registry talks to. */
  public URI trackingUri() {
    return trackingUri;
  }

  @Override
  public ModelVersion register(RegisterRequest request) {
    return versions.register(Objects.requireNonNull(request, "request"));
  }

  @Override
  public Optional<ModelVersion> version(String model, String version) {
    RegistryNames.requireModelName(model);
    RegistryNames.requireVersion(version);
    return versions.version(model, version);
  }

  @Override
  public List<ModelVersion> versions(String model) {
    return versions.versions(RegistryNames.requireModelName(model));
  }

  @Override
  public List<String> models() {
    return versions.models();
  }

  @Override
  public Optional<String> alias(String model, String alias) {
    RegistryNames.requireModelName(model);
    RegistryNames.requireAlias(alias);
    return aliases.read(model, alias);
  }

  @Override
  public Map<String, String> aliases(String model) {
    return aliases.aliases(RegistryNames.requireModelName(model));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Read, check, set, read back, as the class documentation describes, with its race window
   * against other processes.
   */
  @Override
  public AliasChange setAlias(
      String model, String alias, Optional<String> expectedVersion, String newVersion,
      String actor) {
    checkMove(model, alias, expectedVersion, actor);
    RegistryNames.requireVersion(newVersion);
    return aliases.move(model, alias, expectedVersion, Optional.of(newVersion), actor);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Read, check, delete, read back, as the class documentation describes.
   */
  @Override
  public AliasChange deleteAlias(String model, String alias, String expectedVersion, String actor) {
    checkMove(model, alias, Optional.of(expectedVersion), actor);
    return aliases.move(model, alias, Optional.of(expectedVersion), Optional.empty(), actor);
  }

  @Override
  public ModelVersion setTags(String model, String version, Map<String, String> tags) {
    RegistryNames.requireModelName(model);
    RegistryNames.requireVersion(version);
    checkTags(tags);
    return versions.setTags(model, version, tags);
  }

  /**
   * The tags of the registered model {@code model} (not of a version), sorted by key; ModelGate's
   * own ({@code _modelgate.…}) and keys ModelGate cannot name are left out. Empty for an unknown
   * model.
   */
  public Map<String, String> modelTags(String model) {
    return modelTags.of(RegistryNames.requireModelName(model)).orElse(Map.of());
  }

  /**
   * Sets {@code tags} on the registered model {@code model}, such as the last decision of a gate:
   * each key is added or its value replaced, long values split like version tags.
   *
   * @return the model's tags after the change
   * @throws MlflowNotFoundException if MLflow has no registered model {@code model}
   */
  public Map<String, String> setModelTags(String model, Map<String, String> tags) {
    RegistryNames.requireModelName(model);
    checkTags(tags);
    return modelTags.set(model, tags).orElseThrow(() -> new MlflowNotFoundException(
        MlflowMessages.noSuchModel(model), Call.GET_MODEL.toString(), 404,
        "RESOURCE_DOES_NOT_EXIST", null));
  }

  @Override
  public List<AliasChange> aliasHistory(String model) {
    return aliases.history(RegistryNames.requireModelName(model));
  }

  /** Where it talks to and how it authenticates, never the credentials themselves. */
  @Override
  public String toString() {
    return description;
  }

  private static void checkTags(Map<String, String> tags) {
    Objects.requireNonNull(tags, "tags").forEach((key, value) -> {
      RegistryNames.requireTagKey(key);
      Objects.requireNonNull(value, () -> "value of tag " + key);
    });
  }

  private static void checkMove(
      String model, String alias, Optional<String> expected, String actor) {
    RegistryNames.requireModelName(model);
    RegistryNames.requireAlias(alias);
    Objects.requireNonNull(expected, "expectedVersion").ifPresent(RegistryNames::requireVersion);
    RegistryNames.requireActor(actor);
  }
}
