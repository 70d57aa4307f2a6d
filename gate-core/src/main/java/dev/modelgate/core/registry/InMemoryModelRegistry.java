package dev.modelgate.core.registry;

import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.ModelVersion;
import dev.modelgate.core.spi.NoSuchVersionException;
import dev.modelgate.core.spi.RegisterRequest;
import dev.modelgate.core.spi.RegistryNames;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link ModelRegistry} held in memory: for tests, examples and one-off runs. Nothing survives
 * the process.
 *
 * <p>Thread-safe: one lock guards all models, so every operation, the compare-and-set of aliases
 * included, is atomic. Times of registrations and alias moves come from the given clock.
 */
public final class InMemoryModelRegistry implements ModelRegistry {

  private final Clock clock;
  private final Object lock = new Object();
  private final Map<String, ModelState> models = new TreeMap<>();

  /** An empty registry that timestamps with {@code clock}. */
  public InMemoryModelRegistry(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** An empty registry that timestamps with the system clock in UTC. */
  public InMemoryModelRegistry() {
    this(Clock.systemUTC());
  }

  @Override
  public ModelVersion register(RegisterRequest request) {
    Objects.requireNonNull(request, "request");
    synchronized (lock) {
      ModelState state = models.computeIfAbsent(request.model(), name -> new ModelState());
      ModelVersion version =
          new ModelVersion(
              request.model(),
              Integer.toString(state.versions.size() + 1),
              request.source(),
              request.runId(),
              request.description(),
              request.evaluation(),
              request.tags(),
              clock.instant());
      state.versions.add(version);
      return version;
    }
  }

  @Override
  public Optional<ModelVersion> version(String model, String version) {
    RegistryNames.requireModelName(model);
    long number = Long.parseLong(RegistryNames.requireVersion(version));
    synchronized (lock) {
      ModelState state = models.get(model);
      if (state == null || number > state.versions.size()) {
        return Optional.empty();
      }
      return Optional.of(state.versions.get((int) number - 1));
    }
  }

  @Override
  public List<ModelVersion> versions(String model) {
    RegistryNames.requireModelName(model);
    synchronized (lock) {
      ModelState state = models.get(model);
      return state == null ? List.of() : List.copyOf(state.versions);
    }
  }

  @Override
  public List<String> models() {
    synchronized (lock) {
      return List.copyOf(models.keySet());
    }
  }

  @Override
  public Optional<String> alias(String model, String alias) {
    RegistryNames.requireModelName(model);
    RegistryNames.requireAlias(alias);
    synchronized (lock) {
      ModelState state = models.get(model);
      return state == null ? Optional.empty() : Optional.ofNullable(state.aliases.get(alias));
    }
  }

  @Override
  public Map<String, String> aliases(String model) {
    RegistryNames.requireModelName(model);
    synchronized (lock) {
      ModelState state = models.get(model);
      return state == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(state.aliases));
    }
  }

  @Override
  public AliasChange setAlias(
      String model, String alias, Optional<String> expectedVersion, String newVersion, String actor) {
    AliasMoves.checkNames(model, alias, expectedVersion, actor);
    RegistryNames.requireVersion(newVersion);
    synchronized (lock) {
      ModelState state = existing(model, newVersion);
      AliasChange change =
          AliasMoves.move(
              state.aliases, model, alias, expectedVersion, Optional.of(newVersion), actor, clock);
      state.history.add(change);
      return change;
    }
  }

  @Override
  public AliasChange deleteAlias(String model, String alias, String expectedVersion, String actor) {
    AliasMoves.checkNames(model, alias, Optional.of(expectedVersion), actor);
    synchronized (lock) {
      ModelState state = models.get(model);
      if (state == null) {
        throw new AliasConflictException(
            model, alias, Optional.of(expectedVersion), Optional.empty());
      }
      AliasChange change =
          AliasMoves.move(
              state.aliases, model, alias, Optional.of(expectedVersion), Optional.empty(), actor,
              clock);
      state.history.add(change);
      return change;
    }
  }

  @Override
  public ModelVersion setTags(String model, String version, Map<String, String> tags) {
    RegistryNames.requireModelName(model);
    RegistryNames.requireVersion(version);
    Objects.requireNonNull(tags, "tags").keySet().forEach(RegistryNames::requireTagKey);
    synchronized (lock) {
      ModelState state = existing(model, version);
      int index = Integer.parseInt(version) - 1;
      ModelVersion tagged = state.versions.get(index).withTags(tags);
      state.versions.set(index, tagged);
      return tagged;
    }
  }

  @Override
  public List<AliasChange> aliasHistory(String model) {
    RegistryNames.requireModelName(model);
    synchronized (lock) {
      ModelState state = models.get(model);
      return state == null ? List.of() : List.copyOf(state.history);
    }
  }

  private ModelState existing(String model, String version) {
    ModelState state = models.get(model);
    if (state == null || Long.parseLong(version) > state.versions.size()) {
      throw new NoSuchVersionException(model, version);
    }
    return state;
  }

  /** The versions, aliases and alias history of one model; guarded by the registry's lock. */
  private static final class ModelState {
    final List<ModelVersion> versions = new ArrayList<>();
    final Map<String, String> aliases = new HashMap<>();
    final List<AliasChange> history = new ArrayList<>();
  }
}
