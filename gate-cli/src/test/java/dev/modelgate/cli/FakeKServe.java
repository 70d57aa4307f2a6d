package dev.modelgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stand-in Kubernetes API server on loopback that holds one KServe InferenceService ({@code
 * ml-serving/fraud-model}, Knative mode, a canary at 20 %) and plays the KServe controller the
 * moment a merge patch lands: {@code status.components.predictor.traffic} follows {@code
 * spec.predictor.canaryTrafficPercent}, and a promotion is recorded as rolled out (as in the
 * contract sheet {@code kserve-canary.md}). It answers GET and PATCH on the InferenceService's path,
 * records every patch, and can refuse patches. Thread-safe; close it after the test.
 */
final class FakeKServe implements AutoCloseable {

  static final String NAMESPACE = "ml-serving";
  static final String NAME = "fraud-model";
  static final String PATH =
      "/apis/serving.kserve.io/v1beta1/namespaces/ml-serving/inferenceservices/fraud-model";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final List<String> patches = new ArrayList<>();
  private int requests;
  private ObjectNode isvc;
  private boolean refusePatches;

  FakeKServe() throws IOException {
    try (InputStream in = FakeKServe.class.getResourceAsStream("/kserve/inferenceservice-canary.json")) {
      isvc = (ObjectNode) JSON.readTree(in);
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A kubeconfig in {@code dir} whose current context is this server. */
  Path kubeconfig(Path dir) throws IOException {
    String server = "http://127.0.0.1:" + this.server.getAddress().getPort();
    String text = "apiVersion: v1\nkind: Config\nclusters:\n- name: fake\n  cluster:\n"
        + "    server: " + server + "\ncontexts:\n- name: fake\n  context:\n    cluster: fake\n"
        + "    user: fake\n    namespace: ml-serving\ncurrent-context: fake\nusers:\n- name: fake\n"
        + "  user:\n    token: fake-token\n";
    return Files.writeString(dir.resolve("kubeconfig"), text);
  }

  /** Answers every later patch with HTTP 422, as an admission webhook that denies it would. */
  synchronized void refusePatches() {
    refusePatches = true;
  }

  /** How many requests the server received. */
  synchronized int requests() {
    return requests;
  }

  /** The merge patches received, oldest first. */
  synchronized List<String> patches() {
    return List.copyOf(patches);
  }

  /** The stored {@code spec.predictor.canaryTrafficPercent}; null when the field is absent. */
  synchronized JsonNode canaryTrafficPercent() {
    return isvc.path("spec").path("predictor").path("canaryTrafficPercent");
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests++;
      String method = exchange.getRequestMethod();
      if (!exchange.getRequestURI().getPath().equals(PATH)) {
        send(exchange, 404, status(404, "NotFound"));
      } else if (method.equals("GET")) {
        send(exchange, 200, isvc);
      } else if (method.equals("PATCH")) {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        patches.add(body);
        if (refusePatches) {
          send(exchange, 422, status(422, "admission webhook denied the request"));
          return;
        }
        merge(isvc, JSON.readTree(body));
        reconcile();
        send(exchange, 200, isvc);
      } else {
        send(exchange, 405, status(405, "MethodNotAllowed"));
      }
    }
  }

  /** RFC 7386: null removes a field, objects merge, anything else replaces. */
  private static void merge(ObjectNode target, JsonNode patch) {
    for (Map.Entry<String, JsonNode> field : patch.properties()) {
      JsonNode value = field.getValue();
      JsonNode current = target.get(field.getKey());
      if (value.isNull()) {
        target.remove(field.getKey());
      } else if (value.isObject() && current instanceof ObjectNode object) {
        merge(object, value);
      } else {
        target.set(field.getKey(), value);
      }
    }
  }

  /** The controller: traffic from the spec, then a promotion recorded as rolled out. */
  private void reconcile() {
    JsonNode share = canaryTrafficPercent();
    ObjectNode predictor = (ObjectNode) isvc.path("status").path("components").path("predictor");
    String latestReady = predictor.path("latestReadyRevision").asText();
    String rolledOut = predictor.path("latestRolledoutRevision").asText();
    ArrayNode traffic = predictor.putArray("traffic");
    int latest = share.isIntegralNumber() ? share.asInt() : 100;
    target(traffic, "latest", latestReady, true, latest);
    if (latest < 100) {
      target(traffic, "prev", rolledOut, false, 100 - latest);
    } else if (!latestReady.equals(rolledOut)) {
      predictor.put("previousRolledoutRevision", rolledOut);
      predictor.put("latestRolledoutRevision", latestReady);
    }
  }

  private static void target(ArrayNode traffic, String tag, String revision, boolean latest, int percent) {
    traffic.addObject().put("tag", tag).put("revisionName", revision)
        .put("latestRevision", latest).put("percent", percent);
  }

  private static ObjectNode status(int code, String reason) {
    ObjectNode status = JSON.createObjectNode();
    status.put("kind", "Status").put("apiVersion", "v1").put("status", "Failure")
        .put("message", reason).put("reason", reason).put("code", code);
    return status;
  }

  private static void send(HttpExchange exchange, int code, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
