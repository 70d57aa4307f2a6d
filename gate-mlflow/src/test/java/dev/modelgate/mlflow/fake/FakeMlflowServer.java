package dev.modelgate.mlflow.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A fake MLflow tracking server on 127.0.0.1 and an ephemeral port, written from the contract
 * sheet {@code mlflow-registry.md}: the registry endpoints of section 4 under {@code
 * /api/2.0/mlflow/}, MLflow's JSON errors and statuses, the Content-Type check, an HTML 404 for
 * unknown endpoints. Tests script faults per call and read every request it received.
 */
public final class FakeMlflowServer implements AutoCloseable {

  private static final String API = "/api/2.0/mlflow/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeStore store = new FakeStore();
  private final FakeRoutes routes = new FakeRoutes(store);
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16);
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
  private final CountDownLatch stopped = new CountDownLatch(1);

  static {
    // answers in one segment: without it, Nagle and delayed ACKs stall each answer on loopback
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final String scheme;

  private FakeMlflowServer(SSLContext tls) throws IOException {
    InetSocketAddress loopback = new InetSocketAddress("127.0.0.1", 0);
    if (tls == null) {
      server = HttpServer.create(loopback, 0);
      scheme = "http";
    } else {
      HttpsServer https = HttpsServer.create(loopback, 0);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      server = https;
      scheme = "https";
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /** A started server with an empty registry. */
  public static FakeMlflowServer start() {
    return start(null);
  }

  /** A started server that answers https with {@code tls}, or http when it is null. */
  public static FakeMlflowServer start(SSLContext tls) {
    try {
      FakeMlflowServer fake = new FakeMlflowServer(tls);
      fake.server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tracking URI: {@code http://127.0.0.1:<port>} (or https). */
  public URI uri() {
    return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The registry state, to look at or to change as another client would. */
  public FakeStore store() {
    return store;
  }

  /** Applies {@code fault} to the next request of {@code method} on {@code path} (after the API prefix). */
  public FakeMlflowServer on(String method, String path, Fault... next) {
    Deque<Fault> queue = faults.computeIfAbsent(method + " " + API + path, k -> new ArrayDeque<>());
    synchronized (queue) {
      queue.addAll(List.of(next));
    }
    return this;
  }

  /** Every request received so far, in order of arrival. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests of {@code method} on {@code path} (after the API prefix). */
  public List<RecordedRequest> requests(String method, String path) {
    return requests.stream().filter(r -> r.call().equals(method + " " + API + path)).toList();
  }

  /** Stops the server, releasing requests that hang. */
  @Override
  public void close() {
    stopped.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      RecordedRequest request = record(exchange);
      Fault fault = nextFault(request.call());
      if (fault != null && fault.kind() == Fault.Kind.HANG) {
        awaitStop();
        return;
      }
      if (fault != null && fault.kind() == Fault.Kind.INSTEAD) {
        respond(exchange, fault.status(), fault.contentType(), fault.body(), fault.headers());
        return;
      }
      if (fault != null && fault.kind() == Fault.Kind.BEFORE) {
        fault.action().accept(store);
      }
      Answer answer = answer(request);
      if (fault != null && fault.kind() == Fault.Kind.AFTER) {
        fault.action().accept(store);
      }
      if (fault != null && fault.kind() == Fault.Kind.LOST) {
        respond(exchange, fault.status(), fault.contentType(), fault.body(), fault.headers());
        return;
      }
      respond(exchange, answer.status, answer.contentType, answer.body, Map.of());
    }
  }

  private Answer answer(RecordedRequest request) {
    Function<FakeParams, ObjectNode> route = routes.route(request.method(), request.path());
    if (route == null) {
      String html = "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n"
          + "<h1>Not Found</h1>\n<p>The requested URL was not found on the server.</p>\n";
      return new Answer(404, "text/html; charset=utf-8", html);
    }
    try {
      JsonNode body = MissingNode.getInstance();
      if (!request.method().equals("GET")) {
        checkContentType(request);
        body = request.body().isBlank() ? JsonNodeFactory.instance.objectNode()
            : JSON.readTree(request.body());
      }
      ObjectNode result = route.apply(new FakeParams(request.query(), body));
      return new Answer(200, "application/json", result.toString());
    } catch (FakeError e) {
      ObjectNode error = JsonNodeFactory.instance.objectNode()
          .put("error_code", e.code()).put("message", e.getMessage());
      return new Answer(e.status(), "application/json", error.toString());
    } catch (IOException e) {
      return new Answer(400, "application/json",
          "{\"error_code\": \"MALFORMED_REQUEST\", \"message\": \"Malformed request\"}");
    }
  }

  private static void checkContentType(RecordedRequest request) {
    if (!request.method().equals("POST")) {
      return;
    }
    String type = request.headers().get("content-type");
    if (type == null) {
      throw FakeError.invalid("Bad Request. Content-Type header is missing.");
    }
    if (!type.split(";")[0].strip().equals("application/json")) {
      throw FakeError.invalid("Bad Request. Content-Type must be one of ['application/json'].");
    }
  }

  private Fault nextFault(String call) {
    Deque<Fault> queue = faults.get(call);
    if (queue == null) {
      return null;
    }
    synchronized (queue) {
      return queue.pollFirst();
    }
  }

  private RecordedRequest record(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
    RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath(), query(exchange.getRequestURI().getRawQuery()),
        headers, body);
    requests.add(request);
    return request;
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals),
          StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1),
          StandardCharsets.UTF_8);
      query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return query;
  }

  private void awaitStop() {
    try {
      stopped.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void respond(HttpExchange exchange, int status, String contentType, String body,
      Map<String, String> headers) throws IOException {
    if (!contentType.isEmpty()) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private record Answer(int status, String contentType, String body) {}
}
