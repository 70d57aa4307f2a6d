package dev.modelgate.examples.canary;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One model served over HTTP on loopback (the JDK's HTTP server on 127.0.0.1, an ephemeral port):
 * {@code POST /predict} with an applicant ({@link ApplicantCsv}) answers {@code {"label":"Bad",
 * "score":0.231}} with the model's P(Bad), or HTTP 500 when its {@link ServingFault} fails the
 * request, or HTTP 400 for a body it cannot read.
 *
 * <p>Every answer carries the request's <em>simulated</em> service time in a {@code Server-Timing:
 * model;dur=12.3} header (milliseconds): log-normal with a median of {@value #MEDIAN_MILLIS} ms and
 * a p99 about 1.8 times the median, times the fault's factor for its slow requests, drawn from a
 * seeded generator. The server does not sleep: the canary records the simulated time, so the run is fast
 * and its latencies the same on every machine. Requests are handled one at a time on the server's
 * thread. Close it to stop it.
 */
final class ModelServer implements AutoCloseable {

  /** The median simulated service time in milliseconds. */
  static final double MEDIAN_MILLIS = 12;

  /** The log-normal spread of the simulated service time. */
  static final double SIGMA = 0.25;

  /** The header that carries the simulated service time. */
  static final String SERVER_TIMING = "Server-Timing";

  private final ApplicantScorer scorer;
  private final ServingFault fault;
  private final SplittableRandom random;
  private final HttpServer server;

  private ModelServer(ApplicantScorer scorer, ServingFault fault, long seed) {
    this.scorer = scorer;
    this.fault = fault;
    this.random = new SplittableRandom(seed);
    this.server = LoopbackServer.start(this::handle, "the model server of " + scorer.model().id());
  }

  /** Starts a server of {@code scorer}'s model with {@code fault}, drawing from {@code seed}. */
  static ModelServer start(ApplicantScorer scorer, ServingFault fault, long seed) {
    return new ModelServer(scorer, fault, seed);
  }

  /** Where to send applicants: {@code http://127.0.0.1:port/predict}. */
  URI uri() {
    return LoopbackServer.uri(server);
  }

  /** The model served. */
  ApplicantScorer scorer() {
    return scorer;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      double millis = serviceMillis();
      boolean fails = random.nextDouble() < fault.errorShare();
      if (random.nextDouble() < fault.slowShare()) {
        millis *= fault.slowFactor();
      }
      exchange.getResponseHeaders().set(SERVER_TIMING, String.format(Locale.ROOT, "model;dur=%.3f", millis));
      if (!"POST".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "{\"error\":\"POST an applicant\"}");
        return;
      }
      double score;
      try {
        score = scorer.score(skewed(ApplicantCsv.read(body)));
      } catch (IllegalArgumentException e) {
        send(exchange, 400, "{\"error\":\"" + quoted(String.valueOf(e.getMessage())) + "\"}");
        return;
      }
      if (fails) {
        send(exchange, 500, "{\"error\":\"internal error (a simulated fault)\"}");
        return;
      }
      send(exchange, 200, String.format(Locale.ROOT, "{\"label\":\"%s\",\"score\":%.6f}", scorer.label(score), score));
    } catch (RuntimeException e) {
      send(exchange, 500, "{\"error\":\"" + e.getClass().getSimpleName() + "\"}");
    } finally {
      exchange.close();
    }
  }

  private Map<String, Double> skewed(Map<String, Double> applicant) {
    String feature = fault.skewedFeature();
    if (feature != null && applicant.containsKey(feature)) {
      applicant.put(feature, applicant.get(feature) * fault.skewFactor());
    }
    return applicant;
  }

  private double serviceMillis() {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    double gaussian = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return MEDIAN_MILLIS * Math.exp(SIGMA * gaussian);
  }

  private static String quoted(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
