package dev.modelgate.kserve;

import dev.modelgate.core.spi.TrafficException;
import dev.modelgate.kserve.internal.KServeMessages;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Makes the fabric8 clients of routers that own theirs ({@link KServeTrafficRouter#connect}).
 * Stateless and thread-safe.
 */
final class KServeClients {

  private KServeClients() {}

  /** A router owning a client configured from the environment, as {@code kubectl} is. */
  static KServeTrafficRouter fromEnvironment(KServeTrafficRouterBuilder router) {
    return router.client(new KubernetesClientBuilder().build()).build(true);
  }

  /**
   * A router owning a client configured from the current context of {@code kubeconfig}.
   *
   * @throws TrafficException if the file is missing or cannot be parsed; the message names the
   *     file but quotes nothing from it, as it holds credentials
   */
  static KServeTrafficRouter fromKubeconfig(Path kubeconfig, KServeTrafficRouterBuilder router) {
    Objects.requireNonNull(kubeconfig, "kubeconfig");
    if (!Files.isRegularFile(kubeconfig)) {
      throw new TrafficException(KServeMessages.kubeconfigMissing(kubeconfig));
    }
    Config config;
    try {
      config = Config.fromKubeconfig(kubeconfig.toFile());
    } catch (RuntimeException e) {
      throw new TrafficException(KServeMessages.kubeconfigUnreadable(kubeconfig, e));
    }
    return router.client(new KubernetesClientBuilder().withConfig(config).build()).build(true);
  }
}
