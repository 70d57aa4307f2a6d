package dev.modelgate.kserve;

import dev.modelgate.kserve.internal.InferenceServiceClient;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * fabric8's mock Kubernetes API server in CRUD mode on loopback, knowing the InferenceService
 * custom resource (namespaced, with a status subresource), and a client for it that does not
 * retry. Every request it receives is recorded. Start in {@code @BeforeEach}, close in
 * {@code @AfterEach}.
 */
final class MockKServe implements AutoCloseable {

  static final String NAMESPACE = "ml-serving";
  static final String NAME = "fraud-model";
  static final String PATH =
      "/apis/serving.kserve.io/v1beta1/namespaces/ml-serving/inferenceservices/fraud-model";

  private static final CustomResourceDefinitionContext CRD =
      new CustomResourceDefinitionContext.Builder()
          .withGroup("serving.kserve.io")
          .withVersion("v1beta1")
          .withKind("InferenceService")
          .withPlural("inferenceservices")
          .withScope("Namespaced")
          .withStatusSubresource(true)
          .build();

  private final KubernetesMockServer server;
  private final RecordingDispatcher recorder;
  private final KubernetesClient client;

  MockKServe() {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    recorder = new RecordingDispatcher(new KubernetesMixedDispatcher(responses, List.of(CRD)));
    server = new KubernetesMockServer(new Context(), new MockWebServer(), responses, recorder, false);
    server.init(InetAddress.getLoopbackAddress(), 0);
    client =
        server.createClient(
            builder ->
                builder.editOrNewConfig().withRequestRetryBackoffLimit(0).endConfig());
  }

  /** The client the router under test uses. */
  KubernetesClient client() {
    return client;
  }

  /** The mock server, for expectations and its port. */
  KubernetesMockServer server() {
    return server;
  }

  /** A router for ml-serving/fraud-model over the mock server. */
  KServeTrafficRouter router() {
    return KServeTrafficRouter.builder().namespace(NAMESPACE).name(NAME).client(client).build();
  }

  /** Creates the InferenceService of {@code fixture} (a test resource), status included. */
  GenericKubernetesResource create(String fixture) {
    return create(load(fixture));
  }

  /** Creates {@code isvc}, status included. */
  GenericKubernetesResource create(GenericKubernetesResource isvc) {
    Object status = isvc.getAdditionalProperties().get("status");
    GenericKubernetesResource created = resource().resource(isvc).create();
    if (status != null && !created.getAdditionalProperties().containsKey("status")) {
      created.getAdditionalProperties().put("status", status);
      created = resource().resource(created).updateStatus();
    }
    takeRequests();
    return created;
  }

  /** The fixture's object, not stored. */
  GenericKubernetesResource load(String fixture) {
    try (InputStream in = MockKServe.class.getResourceAsStream("/kserve/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /kserve/" + fixture);
      }
      return client.getKubernetesSerialization().unmarshal(in, GenericKubernetesResource.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The InferenceService as stored now. */
  GenericKubernetesResource stored() {
    return resource().withName(NAME).get();
  }

  /** The stored {@code spec.predictor}. */
  Map<?, ?> storedPredictor() {
    Map<?, ?> spec = (Map<?, ?>) stored().getAdditionalProperties().get("spec");
    return (Map<?, ?>) spec.get("predictor");
  }

  /** Replaces the stored status (as the KServe controller does through the status subresource). */
  void writeStatus(Map<String, Object> status) {
    GenericKubernetesResource isvc = stored();
    isvc.getAdditionalProperties().put("status", status);
    resource().resource(isvc).updateStatus();
    takeRequests();
  }

  /** Every request received since the last call, oldest first. */
  List<RecordingDispatcher.Request> takeRequests() {
    return recorder.take();
  }

  /** The PATCH requests received since the last call to {@link #takeRequests()}. */
  List<RecordingDispatcher.Request> takePatches() {
    return takeRequests().stream().filter(r -> "PATCH".equals(r.method())).toList();
  }

  private NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      resource() {
    return client
        .genericKubernetesResources(InferenceServiceClient.INFERENCE_SERVICE)
        .inNamespace(NAMESPACE);
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
