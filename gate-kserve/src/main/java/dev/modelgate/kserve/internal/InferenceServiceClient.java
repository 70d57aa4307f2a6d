package dev.modelgate.kserve.internal;

import dev.modelgate.core.spi.TrafficException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Objects;

/**
 * One InferenceService ({@code serving.kserve.io/v1beta1}) read and patched through a fabric8
 * {@link KubernetesClient} as a generic resource: no generated model classes. Thread-safe, as the
 * fabric8 client is.
 *
 * <p>Every failure becomes a {@link TrafficException} naming the InferenceService (see {@link
 * KubernetesFailures}).
 */
public final class InferenceServiceClient {

  /** The KServe custom resource: group, version, kind, plural, namespaced. */
  public static final ResourceDefinitionContext INFERENCE_SERVICE =
      new ResourceDefinitionContext.Builder()
          .withGroup("serving.kserve.io")
          .withVersion("v1beta1")
          .withKind("InferenceService")
          .withPlural("inferenceservices")
          .withNamespaced(true)
          .build();

  private final KubernetesClient client;
  private final InferenceServiceRef ref;

  /** A client for the InferenceService {@code ref} that talks through {@code client}. */
  public InferenceServiceClient(KubernetesClient client, InferenceServiceRef ref) {
    this.client = Objects.requireNonNull(client, "client");
    this.ref = Objects.requireNonNull(ref, "ref");
  }

  /** The InferenceService this client reads and patches. */
  public InferenceServiceRef ref() {
    return ref;
  }

  /**
   * The InferenceService as the API server has it now: {@code GET
   * /apis/serving.kserve.io/v1beta1/namespaces/{ns}/inferenceservices/{name}}.
   *
   * @param action what the caller is doing, for the message of a failure
   * @throws TrafficException if it does not exist or could not be read
   */
  public InferenceServiceView read(String action) {
    GenericKubernetesResource resource;
    try {
      resource = resource().get();
    } catch (RuntimeException e) {
      throw KubernetesFailures.map(action, ref, e);
    }
    if (resource == null) {
      throw new TrafficException(KServeMessages.notFound(action, ref));
    }
    return new InferenceServiceView(resource, new Shape(ref, action));
  }

  /**
   * Sends {@code body} as a JSON merge patch (RFC 7386, content type {@code
   * application/merge-patch+json}) to the InferenceService that {@code read} returned. The body is
   * sent as it is: no {@code resourceVersion} is added, so the patch is not conditional.
   *
   * @param action what the caller is doing, for the message of a failure
   * @param read the InferenceService as read just before (spares the client a second read)
   * @throws TrafficException if the API server refused it or could not be reached
   */
  public void mergePatch(String action, InferenceServiceView read, String body) {
    try {
      client
          .genericKubernetesResources(INFERENCE_SERVICE)
          .inNamespace(ref.namespace())
          .resource(read.resource())
          .patch(PatchContext.of(PatchType.JSON_MERGE), body);
    } catch (RuntimeException e) {
      throw KubernetesFailures.map(action, ref, e);
    }
  }

  private Resource<GenericKubernetesResource> resource() {
    return client
        .genericKubernetesResources(INFERENCE_SERVICE)
        .inNamespace(ref.namespace())
        .withName(ref.name());
  }
}
