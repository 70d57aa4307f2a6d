package dev.modelgate.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How answers other than a clean vector map to typed gaps: an unreachable server, one that never
 * answers, a proxy's HTML, Prometheus' own error envelopes and result types an instant query of a
 * count cannot use.
 */
class AnswerMappingTest {

  private static final Window WINDOW =
      new Window(1, Instant.ofEpochSecond(1_700_000_000), Instant.ofEpochSecond(1_700_000_090));
  private static final String QUERY = "sum(increase(http_requests_total{model=\"champ\"}[90s]))";

  private StubPrometheus stub;

  @AfterEach
  void stopStub() {
    if (stub != null) {
      stub.close();
    }
  }

  @Test
  void should_report_a_source_error_when_nothing_listens_on_the_port() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    WindowObservation.Missing missing = missing(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(5));

    assertThat(missing.kind()).isEqualTo(MissingKind.SOURCE_ERROR);
    assertThat(missing.detail()).startsWith(
        "champion requests: Prometheus at http://127.0.0.1:" + port + " could not be reached (java.net.ConnectException");
  }

  @Test
  void should_report_a_timeout_when_the_server_never_answers() {
    stub = new StubPrometheus(request -> StubPrometheus.Reply.hang());

    WindowObservation.Missing missing = missing(stub.baseUrl(), Duration.ofMillis(300));

    assertThat(missing.kind()).isEqualTo(MissingKind.TIMEOUT);
    assertThat(missing.detail())
        .isEqualTo("champion requests: Prometheus at " + stub.baseUrl() + " did not answer within 300 ms");
  }

  @Test
  void should_report_a_source_error_when_a_proxy_answers_html() {
    stub = stub(request -> new StubPrometheus.Reply(
        502, "text/html", "<html>\n  <body><h1>502 Bad Gateway</h1></body>\n</html>"));

    WindowObservation.Missing missing = missing(stub.baseUrl(), Duration.ofSeconds(5));

    assertThat(missing.kind()).isEqualTo(MissingKind.SOURCE_ERROR);
    assertThat(missing.detail()).isEqualTo("champion requests: Prometheus at " + stub.baseUrl()
        + " answered HTTP 502 (text/html), not Prometheus JSON: <html> <body><h1>502 Bad Gateway</h1></body> </html>");
  }

  @Test
  void should_report_a_timeout_when_prometheus_says_the_query_timed_out() {
    stub = stub(request -> StubPrometheus.Reply.json(503,
        "{\"status\":\"error\",\"errorType\":\"timeout\",\"error\":\"query timed out in expression evaluation\"}"));

    WindowObservation.Missing missing = missing(stub.baseUrl(), Duration.ofSeconds(5));

    assertThat(missing.kind()).isEqualTo(MissingKind.TIMEOUT);
    assertThat(missing.detail()).isEqualTo("champion requests: Prometheus answered HTTP 503 timeout:"
        + " query timed out in expression evaluation (query: " + QUERY + ")");
  }

  @Test
  void should_report_a_source_error_with_prometheus_text_when_the_query_cannot_run() {
    stub = stub(request -> StubPrometheus.Reply.json(422,
        "{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"many-to-many matching not allowed\"}"));

    WindowObservation.Missing missing = missing(stub.baseUrl(), Duration.ofSeconds(5));

    assertThat(missing.kind()).isEqualTo(MissingKind.SOURCE_ERROR);
    assertThat(missing.detail()).isEqualTo("champion requests: Prometheus answered HTTP 422 execution:"
        + " many-to-many matching not allowed (query: " + QUERY + ")");
  }

  @Test
  void should_report_a_source_error_when_the_answer_is_a_matrix() {
    stub = stub(request -> StubPrometheus.Reply.json(200, "{\"status\":\"success\",\"data\":{\"resultType\":"
        + "\"matrix\",\"result\":[{\"metric\":{},\"values\":[[1700000000,\"1\"]]}]}}"));

    WindowObservation.Missing missing = missing(stub.baseUrl(), Duration.ofSeconds(5));

    assertThat(missing.kind()).isEqualTo(MissingKind.SOURCE_ERROR);
    assertThat(missing.detail()).isEqualTo(
        "champion requests: Prometheus answered a matrix, not a vector or a scalar (query: " + QUERY + ")");
  }

  @Test
  void should_ask_below_the_base_path_of_a_prometheus_behind_a_prefix() {
    stub = stub(request -> request.path().equals("/prometheus/api/v1/query")
        ? StubPrometheus.Reply.value("0")
        : new StubPrometheus.Reply(404, "text/plain; charset=utf-8", "404 page not found"));

    WindowObservation.Missing missing =
        missing(URI.create(stub.baseUrl() + "/prometheus/"), Duration.ofSeconds(5));

    assertThat(missing.kind()).isEqualTo(MissingKind.NO_TRAFFIC);
    assertThat(stub.received()).extracting(StubPrometheus.Received::path).containsExactly("/prometheus/api/v1/query");
  }

  private static StubPrometheus stub(Function<StubPrometheus.Received, StubPrometheus.Reply> responder) {
    return new StubPrometheus(responder);
  }

  private static WindowObservation.Missing missing(URI baseUrl, Duration timeout) {
    WindowObservation observation = PrometheusCanaryMetrics.builder()
        .baseUrl(baseUrl)
        .champion("champ")
        .canary("cand")
        .timeout(timeout)
        .build()
        .observe(WINDOW);
    assertThat(observation).isInstanceOf(WindowObservation.Missing.class);
    return (WindowObservation.Missing) observation;
  }
}
