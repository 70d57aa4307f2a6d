package dev.modelgate.kserve;

import dev.modelgate.kserve.internal.InferenceServiceRef;
import dev.modelgate.kserve.internal.KServeMessages;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link KServeTrafficRouter}: the namespace and name of the InferenceService and the
 * fabric8 {@link KubernetesClient} to reach it, all required. Each setter rejects a bad value at
 * once; {@link #build()} names everything that is missing. Not thread-safe; reusable after {@link
 * #build()}.
 *
 * <pre>{@code
 * KServeTrafficRouter router = KServeTrafficRouter.builder()
 *     .namespace("ml-serving")
 *     .name("fraud-model")
 *     .client(kubernetesClient)   // yours: the router never closes it
 *     .build();
 * }</pre>
 */
public final class KServeTrafficRouterBuilder {

  /** RFC 1123 label: the rule for namespaces. */
  private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  /** KServe's rule for InferenceService names (a DNS-1035 label). */
  private static final Pattern NAME = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

  private static final int MAX_LABEL = 63;

  private @Nullable String namespace;
  private @Nullable String name;
  private @Nullable KubernetesClient client;

  KServeTrafficRouterBuilder() {}

  /**
   * The namespace of the InferenceService, such as {@code ml-serving}.
   *
   * @throws IllegalArgumentException if it is not a valid namespace name
   */
  public KServeTrafficRouterBuilder namespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    if (!isLabel(namespace, NAMESPACE)) {
      throw new IllegalArgumentException(KServeMessages.invalidNamespace(namespace));
    }
    this.namespace = namespace;
    return this;
  }

  /**
   * The name of the InferenceService, such as {@code fraud-model}.
   *
   * @throws IllegalArgumentException if it is not a valid InferenceService name
   */
  public KServeTrafficRouterBuilder name(String name) {
    Objects.requireNonNull(name, "name");
    if (!isLabel(name, NAME)) {
      throw new IllegalArgumentException(KServeMessages.invalidName(name));
    }
    this.name = name;
    return this;
  }

  /**
   * The client that reaches the Kubernetes API server. It stays the caller's: the router uses it
   * but never closes it. Its configuration (credentials, timeouts, request retries) is used as is.
   */
  public KServeTrafficRouterBuilder client(KubernetesClient client) {
    this.client = Objects.requireNonNull(client, "client");
    return this;
  }

  /**
   * The router for the InferenceService {@code namespace/name}. Makes no call to the API server.
   *
   * @throws IllegalStateException naming every missing setting
   */
  public KServeTrafficRouter build() {
    return build(false);
  }

  /** The router; it closes the client on {@code close()} when {@code ownsClient}. */
  KServeTrafficRouter build(boolean ownsClient) {
    List<String> missing = new ArrayList<>();
    if (namespace == null) {
      missing.add(KServeMessages.missing("namespace"));
    }
    if (name == null) {
      missing.add(KServeMessages.missing("name"));
    }
    if (client == null) {
      missing.add(KServeMessages.missing("client"));
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(KServeMessages.incompleteRouter(String.join("; ", missing)));
    }
    InferenceServiceRef ref =
        new InferenceServiceRef(Objects.requireNonNull(namespace), Objects.requireNonNull(name));
    return new KServeTrafficRouter(Objects.requireNonNull(client), ref, ownsClient);
  }

  private static boolean isLabel(String value, Pattern rule) {
    return value.length() <= MAX_LABEL && rule.matcher(value).matches();
  }
}
