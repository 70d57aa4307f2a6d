package dev.modelgate.examples.canary;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.modelgate.core.canary.InProcessCanaryRecorder;
import dev.modelgate.core.canary.LocalTrafficRouter;
import dev.modelgate.core.canary.ModelRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The serving front of the local canary: an HTTP server on loopback that takes {@code POST
 * /predict}, asks the {@link LocalTrafficRouter} which model serves the request (by the canary's
 * current share), forwards it over real HTTP with {@link HttpClient} to that model's server, records
 * it into the {@link InProcessCanaryRecorder} and relays the answer, with an {@code X-Served-By:
 * champion|canary} header.
 *
 * <p>What is recorded per request: the model, the latency the server reported in its {@code
 * Server-Timing} header (simulated; the real time on loopback when the header is missing), whether
 * it failed (HTTP 5xx, or no answer within {@value #TIMEOUT_SECONDS} s), and the decision ({@code
 * label}) of a successful answer. A 4xx answer is the client's fault and is not counted as an error.
 *
 * <p>The decision is recorded rather than the score because the champion and the candidate are
 * different models whose scores are on different scales: on the fixed test set the better
 * challenger's P(Bad) has a PSI of 0.52 against the champion's, sharper rather than shifted, so a
 * PSI of scores would roll back the better model. The share of applicants each model declines is
 * comparable (56 % and 48.5 % on the test set, a PSI of 0.02), and a candidate whose decisions
 * shift shows there. Requests are handled one at a time on the server's thread. Close it to stop it.
 */
final class CanaryProxy implements AutoCloseable {

  /** The header that names the model that served a request. */
  static final String SERVED_BY = "X-Served-By";

  static final int TIMEOUT_SECONDS = 5;

  private static final Pattern LABEL = Pattern.compile("\"label\":\"([^\"]+)\"");
  private static final Pattern DURATION = Pattern.compile("dur=([0-9.]+)");

  private final LocalTrafficRouter router;
  private final InProcessCanaryRecorder recorder;
  private final URI champion;
  private final URI canary;
  private final HttpClient client;
  private final HttpServer server;

  private CanaryProxy(LocalTrafficRouter router, InProcessCanaryRecorder recorder, URI champion, URI canary,
      HttpClient client) {
    this.router = router;
    this.recorder = recorder;
    this.champion = champion;
    this.canary = canary;
    this.client = client;
    this.server = LoopbackServer.start(this::handle, "the canary's serving front");
  }

  /** Starts a front that routes between the servers at {@code champion} and {@code canary}. */
  static CanaryProxy start(LocalTrafficRouter router, InProcessCanaryRecorder recorder, URI champion, URI canary,
      HttpClient client) {
    return new CanaryProxy(router, recorder, champion, canary, client);
  }

  /** Where clients send applicants: {@code http://127.0.0.1:port/predict}. */
  URI uri() {
    return LoopbackServer.uri(server);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] body = exchange.getRequestBody().readAllBytes();
      ModelRole role = router.route();
      HttpRequest request = HttpRequest.newBuilder(role == ModelRole.CANARY ? canary : champion)
          .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
          .header("Content-Type", ApplicantCsv.MEDIA_TYPE)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .build();
      exchange.getResponseHeaders().set(SERVED_BY, role.name().toLowerCase(Locale.ROOT));
      long start = System.nanoTime();
      HttpResponse<byte[]> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        recorder.record(role, Duration.ofNanos(System.nanoTime() - start), true);
        send(exchange, 502, "{\"error\":\"the " + role.name().toLowerCase(Locale.ROOT) + " did not answer\"}");
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        recorder.record(role, Duration.ofNanos(System.nanoTime() - start), true);
        send(exchange, 503, "{\"error\":\"interrupted\"}");
        return;
      }
      Duration latency = serverTiming(response).orElseGet(() -> Duration.ofNanos(System.nanoTime() - start));
      String answer = new String(response.body(), StandardCharsets.UTF_8);
      record(role, latency, response.statusCode(), answer);
      send(exchange, response.statusCode(), answer);
    } finally {
      exchange.close();
    }
  }

  private void record(ModelRole role, Duration latency, int status, String answer) {
    Optional<String> label = status == 200 ? label(answer) : Optional.empty();
    if (label.isPresent()) {
      recorder.record(role, latency, false, label.get());
    } else {
      recorder.record(role, latency, status >= 500);
    }
  }

  private static Optional<Duration> serverTiming(HttpResponse<?> response) {
    return response.headers().firstValue(ModelServer.SERVER_TIMING)
        .map(DURATION::matcher)
        .filter(Matcher::find)
        .map(m -> Duration.ofNanos(Math.round(Double.parseDouble(m.group(1)) * 1_000_000)));
  }

  private static Optional<String> label(String answer) {
    Matcher m = LABEL.matcher(answer);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
