package dev.modelgate.core.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model registry: the store of every registered model version, of the aliases ({@code
 * champion}, {@code candidate}) that point at versions, and of the history of alias moves.
 *
 * <p>Implementations must be thread-safe, and every alias move is a compare-and-set: it lands only
 * if the alias still points where the caller saw it, so a promotion decided against a stale
 * champion never lands. Names are checked by {@link RegistryNames} before anything is stored or
 * looked up; an invalid name throws {@link IllegalArgumentException} saying why. Storage failures
 * throw {@link RegistryException}. The contract kit {@code dev.modelgate.test.ModelRegistryContract}
 * (module {@code gate-test}) pins this behaviour for every implementation.
 *
 * <pre>{@code
 * ModelVersion v = registry.register(request);                     // version "4"
 * Optional<String> seen = registry.alias("fraud", "champion");       // "3"
 * // ... decide that v beats the champion seen ...
 * registry.setAlias("fraud", "champion", seen, v.version(), "ci");   // lands only if still "3"
 * }</pre>
 */
public interface ModelRegistry {

  /**
   * Registers a new version of {@code request.model()} and returns it. Version ids count {@code
   * "1"}, {@code "2"}, … per model, as MLflow does; concurrent registrations get distinct ids.
   */
  ModelVersion register(RegisterRequest request);

  /** The version {@code version} of {@code model}, empty when there is none. */
  Optional<ModelVersion> version(String model, String version);

  /** Every version of {@code model}, oldest first; empty when the model is unknown. */
  List<ModelVersion> versions(String model);

  /** The name of every model with at least one version, sorted. */
  List<String> models();

  /** The version {@code alias} of {@code model} points to, empty when it is unset. */
  Optional<String> alias(String model, String alias);

  /** Every alias of {@code model} and the version it points to, sorted by alias. */
  Map<String, String> aliases(String model);

  /**
   * The version {@code alias} points to, looked up; empty when the alias is unset.
   *
   * @throws NoSuchVersionException if the alias points to a version that is gone
   */
  default Optional<ModelVersion> aliasedVersion(String model, String alias) {
    Optional<String> version = alias(model, alias);
    if (version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        version(model, version.get())
            .orElseThrow(() -> new NoSuchVersionException(model, version.get())));
  }

  /**
   * Moves {@code alias} of {@code model} to {@code newVersion} if it still points to {@code
   * expectedVersion} (or is still unset, when {@code expectedVersion} is empty), and records the
   * move in the history.
   *
   * <p>With the champion at 3: expecting 3 and moving to 4 lands; expecting 2 throws {@link
   * AliasConflictException} (a stale read); expecting 3 and moving to 3 lands and is recorded.
   *
   * @param actor who moves the alias, recorded in the history
   * @return the recorded move
   * @throws AliasConflictException if the alias does not point to {@code expectedVersion}
   * @throws NoSuchVersionException if {@code newVersion} does not exist
   */
  AliasChange setAlias(
      String model, String alias, Optional<String> expectedVersion, String newVersion, String actor);

  /**
   * Deletes {@code alias} of {@code model} if it still points to {@code expectedVersion}, and
   * records the deletion in the history.
   *
   * @return the recorded deletion
   * @throws AliasConflictException if the alias is unset or points elsewhere
   */
  AliasChange deleteAlias(String model, String alias, String expectedVersion, String actor);

  /**
   * Sets {@code tags} on a version: each key is added or its value replaced; other tags stay.
   * Gates record their results this way.
   *
   * @return the version with its tags after the change
   * @throws NoSuchVersionException if the version does not exist
   */
  ModelVersion setTags(String model, String version, Map<String, String> tags);

  /** Every alias move of {@code model}, oldest first; empty when there was none. */
  List<AliasChange> aliasHistory(String model);
}
