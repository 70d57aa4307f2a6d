package dev.modelgate.core.registry;

import dev.modelgate.core.internal.io.AtomicFiles;
import dev.modelgate.core.internal.io.ProcessLock;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.ModelVersion;
import dev.modelgate.core.spi.NoSuchVersionException;
import dev.modelgate.core.spi.RegisterRequest;
import dev.modelgate.core.spi.RegistryException;
import dev.modelgate.core.spi.RegistryNames;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ModelRegistry} kept in a directory of human-readable, pretty-printed JSON: the embedded
 * default of the examples and the command line.
 *
 * <p>Layout, one directory per model:
 *
 * <pre>
 * &lt;root&gt;/fraud/versions/1.json   one file per version: source, run id, description, tags,
 * &lt;root&gt;/fraud/versions/2.json   evaluation, creation time; rewritten when tags are set
 * &lt;root&gt;/fraud/aliases.json      the aliases and the history of every alias move
 * &lt;root&gt;/fraud/.lock             the lock file of the model (never delete it)
 * </pre>
 *
 * <p>Every write replaces a whole file atomically (a temporary file in the same directory, forced
 * to disk, then an atomic rename), so readers never lock and never see half a file. Every change
 * runs under the model's lock, held against other threads and other processes, so a
 * compare-and-set of an alias reads, checks and writes as one step and version numbers are never
 * handed out twice. A file that cannot be read fails with a {@link RegistryException} naming it;
 * the registry never mistakes a corrupt file for an empty one.
 *
 * <p>Thread-safe, and safe for several processes on one directory (on file systems whose locks
 * work across processes: local disks, not all network shares). Version ids come from the version
 * files present: delete none of them by hand.
 */
public final class FileModelRegistry implements ModelRegistry {

  private final Path root;
  private final Clock clock;

  private FileModelRegistry(Path root, Clock clock) {
    this.root = root;
    this.clock = clock;
  }

  /**
   * The registry in directory {@code root}, created if missing; times come from {@code clock}.
   *
   * @throws RegistryException if {@code root} cannot be created or is not a directory
   */
  public static FileModelRegistry open(Path root, Clock clock) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(clock, "clock");
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new RegistryException("cannot create registry directory " + root + ": " + e, e);
    }
    return new FileModelRegistry(root, clock);
  }

  /** The registry in directory {@code root}, with times from the system clock in UTC. */
  public static FileModelRegistry open(Path root) {
    return open(root, Clock.systemUTC());
  }

  /** The registry's directory. */
  public Path root() {
    return root;
  }

  @Override
  public ModelVersion register(RegisterRequest request) {
    Objects.requireNonNull(request, "request");
    ModelDirectory dir = ModelDirectory.of(root, request.model());
    return io(
        "register a version of model " + request.model(),
        () -> {
          Files.createDirectories(dir.versions());
          return ProcessLock.underLock(
              dir.lockFile(),
              () -> {
                List<Long> numbers = dir.versionNumbers();
                long next = numbers.isEmpty() ? 1 : numbers.get(numbers.size() - 1) + 1;
                if (next > 1) {
                  read(dir, Long.toString(next - 1)); // refuses a directory of another model
                }
                ModelVersion version =
                    new ModelVersion(
                        request.model(),
                        Long.toString(next),
                        request.source(),
                        request.runId(),
                        request.description(),
                        request.evaluation(),
                        request.tags(),
                        clock.instant());
                AtomicFiles.write(
                    dir.versionFile(version.version()), RegistryFiles.versionBytes(version));
                return version;
              });
        });
  }

  @Override
  public Optional<ModelVersion> version(String model, String version) {
    RegistryNames.requireModelName(model);
    RegistryNames.requireVersion(version);
    return io("read version " + version + " of model " + model,
        () -> read(ModelDirectory.of(root, model), version));
  }

  @Override
  public List<ModelVersion> versions(String model) {
    RegistryNames.requireModelName(model);
    ModelDirectory dir = ModelDirectory.of(root, model);
    return io(
        "read the versions of model " + model,
        () -> {
          List<ModelVersion> versions = new ArrayList<>();
          for (long number : dir.versionNumbers()) {
            read(dir, Long.toString(number)).ifPresent(versions::add);
          }
          return List.copyOf(versions);
        });
  }

  @Override
  public List<String> models() {
    return io(
        "list the models",
        () -> {
          List<String> models = new ArrayList<>();
          try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path entry : entries) {
              String name = entry.getFileName().toString();
              if (isModelName(name) && !ModelDirectory.of(root, name).versionNumbers().isEmpty()) {
                models.add(name);
              }
            }
          }
          Collections.sort(models);
          return List.copyOf(models);
        });
  }

  @Override
  public Optional<String> alias(String model, String alias) {
    RegistryNames.requireAlias(alias);
    return Optional.ofNullable(aliases(model).get(alias));
  }

  @Override
  public Map<String, String> aliases(String model) {
    RegistryNames.requireModelName(model);
    return io(
        "read the aliases of model " + model,
        () -> Collections.unmodifiableMap(readAliases(ModelDirectory.of(root, model)).aliases()));
  }

  @Override
  public AliasChange setAlias(
      String model, String alias, Optional<String> expectedVersion, String newVersion, String actor) {
    AliasMoves.checkNames(model, alias, expectedVersion, actor);
    RegistryNames.requireVersion(newVersion);
    ModelDirectory dir = ModelDirectory.of(root, model);
    if (!Files.isDirectory(dir.versions())) {
      throw new NoSuchVersionException(model, newVersion);
    }
    return io(
        "move alias " + alias + " of model " + model,
        () ->
            ProcessLock.underLock(
                dir.lockFile(),
                () -> {
                  if (!Files.exists(dir.versionFile(newVersion))) {
                    throw new NoSuchVersionException(model, newVersion);
                  }
                  return move(dir, alias, expectedVersion, Optional.of(newVersion), actor);
                }));
  }

  @Override
  public AliasChange deleteAlias(String model, String alias, String expectedVersion, String actor) {
    AliasMoves.checkNames(model, alias, Optional.of(expectedVersion), actor);
    ModelDirectory dir = ModelDirectory.of(root, model);
    if (!Files.isDirectory(dir.path())) {
      throw new AliasConflictException(model, alias, Optional.of(expectedVersion), Optional.empty());
    }
    return io(
        "delete alias " + alias + " of model " + model,
        () ->
            ProcessLock.underLock(
                dir.lockFile(),
                () -> move(dir, alias, Optional.of(expectedVersion), Optional.empty(), actor)));
  }

  @Override
  public ModelVersion setTags(String model, String version, Map<String, String> tags) {
    RegistryNames.requireModelName(model);
    RegistryNames.requireVersion(version);
    Objects.requireNonNull(tags, "tags").keySet().forEach(RegistryNames::requireTagKey);
    ModelDirectory dir = ModelDirectory.of(root, model);
    if (!Files.isDirectory(dir.versions())) {
      throw new NoSuchVersionException(model, version);
    }
    return io(
        "set tags on version " + version + " of model " + model,
        () ->
            ProcessLock.underLock(
                dir.lockFile(),
                () -> {
                  ModelVersion tagged =
                      read(dir, version)
                          .orElseThrow(() -> new NoSuchVersionException(model, version))
                          .withTags(tags);
                  AtomicFiles.write(dir.versionFile(version), RegistryFiles.versionBytes(tagged));
                  return tagged;
                }));
  }

  @Override
  public List<AliasChange> aliasHistory(String model) {
    RegistryNames.requireModelName(model);
    return io(
        "read the alias history of model " + model,
        () -> List.copyOf(readAliases(ModelDirectory.of(root, model)).history()));
  }

  /** Moves an alias under the model's lock: read, compare, write. */
  private AliasChange move(
      ModelDirectory dir,
      String alias,
      Optional<String> expected,
      Optional<String> target,
      String actor)
      throws IOException {
    RegistryFiles.Aliases current = readAliases(dir);
    AliasChange change =
        AliasMoves.move(current.aliases(), dir.model(), alias, expected, target, actor, clock);
    current.history().add(change);
    AtomicFiles.write(dir.aliasesFile(), RegistryFiles.aliasesBytes(dir.model(), current));
    return change;
  }

  private static Optional<ModelVersion> read(ModelDirectory dir, String version)
      throws IOException {
    Path file = dir.versionFile(version);
    Optional<byte[]> bytes = bytes(file);
    return bytes.map(b -> RegistryFiles.readVersion(file, b, dir.model(), version));
  }

  private static RegistryFiles.Aliases readAliases(ModelDirectory dir) throws IOException {
    Path file = dir.aliasesFile();
    return bytes(file)
        .map(b -> RegistryFiles.readAliases(file, b, dir.model()))
        .orElseGet(RegistryFiles.Aliases::none);
  }

  private static Optional<byte[]> bytes(Path file) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  private static boolean isModelName(String name) {
    try {
      RegistryNames.requireModelName(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private <T> T io(String what, ProcessLock.Action<T> action) {
    try {
      return action.run();
    } catch (IOException e) {
      throw new RegistryException("cannot " + what + " in registry " + root + ": " + e, e);
    }
  }
}
