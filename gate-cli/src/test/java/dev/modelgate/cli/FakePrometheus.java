package dev.modelgate.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in Prometheus on loopback for {@code gate canary}: every instant query about the model
 * label {@code credit-1} (the champion) or {@code credit-2} (the canary) gets the numbers of a
 * healthy canary — 800 and 200 requests, 4 and {@code canaryErrors} errors, p-quantile latencies
 * of 80 and 84 ms, and predicted classes Good/Bad 560/240 and 141/59. It records each request's
 * {@code Authorization} header. Thread-safe; close it after the test.
 */
final class FakePrometheus implements AutoCloseable {

  private final HttpServer server;
  private final int canaryErrors;
  private final List<String> authorizations = new ArrayList<>();

  FakePrometheus(int canaryErrors) throws IOException {
    this.canaryErrors = canaryErrors;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/query", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  synchronized List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      authorizations.add(auth == null ? "" : auth);
      String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String query = "";
      for (String pair : form.split("&")) {
        if (pair.startsWith("query=")) {
          query = URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
        }
      }
      boolean canary = query.contains("\"credit-2\"");
      String result;
      if (query.contains("histogram_quantile")) {
        result = sample("", canary ? "0.084" : "0.08");
      } else if (query.contains("sum by (class)")) {
        result = sample("\"class\":\"Good\"", canary ? "141" : "560") + ","
            + sample("\"class\":\"Bad\"", canary ? "59" : "240");
      } else if (query.contains("status=~")) {
        result = sample("", canary ? Integer.toString(canaryErrors) : "4");
      } else {
        result = sample("", canary ? "200" : "800");
      }
      byte[] body = ("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
          + result + "]}}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String sample(String labels, String value) {
    return "{\"metric\":{" + labels + "},\"value\":[1717243200,\"" + value + "\"]}";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
