package dev.modelgate.cli.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.registry.FileModelRegistry;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.mlflow.MlflowModelRegistry;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a command's registry is, as {@code --registry} and {@code --tracking-uri} say: a directory
 * holding a file registry, or, for the bare word {@code mlflow} (in any case, so that {@code
 * MLflow} does not quietly become a directory), the MLflow Model Registry of a tracking server. Any
 * other value is a directory, so a directory named {@code mlflow} is given as {@code ./mlflow}.
 *
 * <p>Immutable and thread-safe as far as the registry it opens is.
 */
public sealed interface RegistrySource permits RegistrySource.Directory, RegistrySource.Mlflow {

  /** The value of {@code --registry} that means the MLflow Model Registry, in any case. */
  String MLFLOW = "mlflow";

  /** Whether {@code registry}, the value of {@code --registry}, means the MLflow Model Registry. */
  static boolean isMlflow(@Nullable String registry) {
    return MLFLOW.equalsIgnoreCase(registry);
  }

  /**
   * What is wrong with the flags {@code --registry} (null when not given) and {@code
   * --tracking-uri} (null when not given), every problem at once; empty when they fit.
   */
  static List<String> problems(
      @Nullable String registry, @Nullable String trackingUri, CliContext context) {
    List<String> problems = new ArrayList<>();
    boolean mlflow = isMlflow(registry);
    if (trackingUri != null && !mlflow) {
      problems.add(RegistryMessages.trackingUriWithoutMlflow());
    }
    if (mlflow && trackingUri == null
        && context.variable(MlflowSource.TRACKING_URI).filter(v -> !v.isBlank()).isEmpty()) {
      problems.add(RegistryMessages.noTrackingUri());
    }
    if (registry != null && !mlflow) {
      try {
        Path.of(registry);
      } catch (InvalidPathException e) {
        problems.add(RegistryMessages.notAPath(registry, e.getMessage()));
      }
    }
    return problems;
  }

  /**
   * The registry the flags name, whose {@link #problems} are empty. For MLflow the client is set
   * up from the environment ({@link MlflowModelRegistry#fromEnvironment}), {@code trackingUri}
   * taking the place of {@code MLFLOW_TRACKING_URI}; nothing is sent to MLflow yet.
   *
   * @throws InputException if the tracking URI or MLflow's settings in the environment are invalid
   */
  static RegistrySource of(String registry, @Nullable String trackingUri, CliContext context) {
    if (isMlflow(registry)) {
      return new Mlflow(MlflowSource.connect(trackingUri, context));
    }
    return new Directory(Path.of(registry), context.clock());
  }

  /** Whether there may be a registry to read: false for a directory that does not exist. */
  boolean exists();

  /** The registry; a file registry's directory is created when missing. */
  ModelRegistry open();

  /** The registry as people read it: the directory, or {@code MLflow <tracking URI>}. */
  String label();

  /** Adds {@code registry} (the directory, or {@code mlflow}) and MLflow's {@code trackingUri}. */
  void describe(ObjectNode json);

  /**
   * A file registry in a directory.
   *
   * @param path the directory
   * @param clock the clock that dates versions and alias moves
   */
  record Directory(Path path, Clock clock) implements RegistrySource {

    /** Checks the values. */
    public Directory {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean exists() {
      return Files.isDirectory(path);
    }

    @Override
    public ModelRegistry open() {
      return FileModelRegistry.open(path, clock);
    }

    @Override
    public String label() {
      return path.toString();
    }

    @Override
    public void describe(ObjectNode json) {
      json.put("registry", path.toString());
    }
  }

  /**
   * The MLflow Model Registry of one tracking server.
   *
   * @param registry the client, which talks to MLflow only when called
   */
  record Mlflow(MlflowModelRegistry registry) implements RegistrySource {

    /** Checks the value. */
    public Mlflow {
      Objects.requireNonNull(registry, "registry");
    }

    @Override
    public boolean exists() {
      return true;
    }

    @Override
    public ModelRegistry open() {
      return registry;
    }

    @Override
    public String label() {
      return "MLflow " + registry.trackingUri();
    }

    @Override
    public void describe(ObjectNode json) {
      json.put("registry", MLFLOW);
      json.put("trackingUri", registry.trackingUri().toString());
    }
  }
}
