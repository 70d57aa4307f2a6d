package dev.modelgate.prometheus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for Prometheus on loopback (a JDK HTTP server) that answers each query with what the
 * test's responder says: canned JSON, an HTML error page, or no answer at all. It records every
 * request it received.
 */
final class StubPrometheus implements AutoCloseable {

  /**
   * An answer: HTTP status, content type and body, or {@code null} body for "never answer".
   *
   * @param status the HTTP status
   * @param contentType the Content-Type
   * @param body the body, or null to hang until the stub closes
   */
  record Reply(int status, String contentType, @Nullable String body) {

    static Reply json(int status, String body) {
      return new Reply(status, "application/json", body);
    }

    /** A success with one unlabelled sample of {@code value}, written as Prometheus writes it. */
    static Reply value(String value) {
      return vector("{\"metric\":{},\"value\":[1700000000,\"" + value + "\"]}");
    }

    /** A success with the vector of {@code samples} (JSON objects). */
    static Reply vector(String... samples) {
      return json(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
          + String.join(",", samples) + "]}}");
    }

    static Reply hang() {
      return new Reply(200, "application/json", null);
    }
  }

  /**
   * One request received.
   *
   * @param path the request path
   * @param method the HTTP method
   * @param form the form parameters
   * @param authorization the Authorization header, if any
   */
  record Received(String path, String method, Map<String, String> form, @Nullable String authorization) {
    String query() {
      return form.get("query");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final List<Received> received = new CopyOnWriteArrayList<>();

  /** A stub answering each request with {@code responder.apply(request)}. */
  StubPrometheus(Function<Received, Reply> responder) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", exchange -> answer(exchange, responder));
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void answer(HttpExchange exchange, Function<Received, Reply> responder) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Received request = new Received(
          exchange.getRequestURI().getPath(),
          exchange.getRequestMethod(),
          form(body),
          exchange.getRequestHeaders().getFirst("Authorization"));
      received.add(request);
      Reply reply = responder.apply(request);
      if (reply.body() == null) {
        closing.await();
        return;
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
