package dev.modelgate.cli;

import dev.modelgate.cli.internal.CanaryFlagMessages;
import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.kserve.KServeTrafficRouter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * How {@code gate canary} moves traffic: through a KServe InferenceService, reached with the
 * kubeconfig that {@code KUBECONFIG} names (else {@code ~/.kube/config}, else the pod's service
 * account), or not at all with {@code --dry-run}.
 */
final class TrafficOptions {

  /** The environment variable naming the kubeconfig file. */
  static final String KUBECONFIG = "KUBECONFIG";

  @Option(
      names = "--kserve-namespace",
      paramLabel = "NS",
      description =
          "The namespace of the KServe InferenceService whose canaryTrafficPercent the analysis"
              + " moves (Knative mode). The kubeconfig is the one KUBECONFIG names, else"
              + " ~/.kube/config, else the pod's service account.")
  @Nullable String namespace;

  @Option(
      names = "--kserve-name",
      paramLabel = "NAME",
      description = "The name of the KServe InferenceService.")
  @Nullable String name;

  @Option(
      names = "--dry-run",
      description =
          "Analyse only: move no traffic and write nothing to the registry, and report what the"
              + " run would have done (\"would have promoted\"). Exits as the run would have.")
  boolean dryRun;

  /** Whether a router is configured. */
  boolean kserve() {
    return namespace != null && name != null;
  }

  /** Adds the problems of the KServe flags; {@code replay} picks the message of a missing router. */
  void check(boolean replay, List<String> problems) {
    if (namespace != null && name == null) {
      problems.add(CanaryFlagMessages.kserveNeeds("--kserve-namespace", "--kserve-name",
          "the InferenceService whose traffic the canary moves"));
    }
    if (name != null && namespace == null) {
      problems.add(CanaryFlagMessages.kserveNeeds("--kserve-name", "--kserve-namespace",
          "the namespace of the InferenceService"));
    }
    if (namespace != null) {
      valid("--kserve-namespace", () -> KServeTrafficRouter.builder().namespace(namespace), problems);
    }
    if (name != null) {
      valid("--kserve-name", () -> KServeTrafficRouter.builder().name(name), problems);
    }
    if (namespace == null && name == null && !dryRun) {
      problems.add(replay ? CanaryFlagMessages.replayNeedsDryRun() : CanaryFlagMessages.noRouter());
    }
  }

  private static void valid(String flag, Runnable check, List<String> problems) {
    try {
      check.run();
    } catch (IllegalArgumentException e) {
      problems.add(CanaryFlagMessages.invalid(flag, String.valueOf(e.getMessage())));
    }
  }

  /**
   * A router with its own client, from the kubeconfig that {@code KUBECONFIG} names when it names
   * one file, else configured as {@code kubectl} is. Makes no call to the API server.
   */
  KServeTrafficRouter connect(CliContext context) {
    String ns = Objects.requireNonNull(namespace, "namespace");
    String isvc = Objects.requireNonNull(name, "name");
    Optional<String> kubeconfig = context.variable(KUBECONFIG);
    if (kubeconfig.isPresent() && !kubeconfig.get().contains(File.pathSeparator)) {
      return KServeTrafficRouter.connect(Path.of(kubeconfig.get()), ns, isvc);
    }
    return KServeTrafficRouter.connect(ns, isvc);
  }
}
