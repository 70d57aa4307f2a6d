package dev.modelgate.prometheus;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;

/**
 * The exporter the test Prometheus scrapes: the Prometheus Java client library serving, on
 * loopback, the series a model server would expose, which the tests move in known steps.
 *
 * <ul>
 *   <li>{@code http_requests_total{model, status}} – a counter per model and status;
 *   <li>{@code http_request_duration_seconds{model}} – a classic latency histogram, bounds 0.05,
 *       0.1, 0.25, 0.5, 1 s;
 *   <li>{@code model_score{model}} – a classic score histogram, bounds 0.1, 0.2, …, 0.9;
 *   <li>{@code model_predictions_total{model, class}} – predicted classes.
 * </ul>
 */
final class TestExporter implements AutoCloseable {

  static final double[] LATENCY_BOUNDS = {0.05, 0.1, 0.25, 0.5, 1};
  static final double[] SCORE_BOUNDS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  private final PrometheusRegistry registry = new PrometheusRegistry();

  final Counter requests = Counter.builder()
      .name("http_requests_total").help("requests").labelNames("model", "status").register(registry);
  final Histogram latency = Histogram.builder()
      .name("http_request_duration_seconds").help("latency").labelNames("model")
      .classicOnly().classicUpperBounds(LATENCY_BOUNDS).register(registry);
  final Histogram scores = Histogram.builder()
      .name("model_score").help("scores").labelNames("model")
      .classicOnly().classicUpperBounds(SCORE_BOUNDS).register(registry);
  final Counter predictions = Counter.builder()
      .name("model_predictions_total").help("predictions").labelNames("model", "class").register(registry);

  private final HTTPServer server;

  TestExporter() throws IOException {
    server = HTTPServer.builder().hostname("127.0.0.1").port(0).registry(registry).buildAndStart();
  }

  /** The port the exporter listens on. */
  int port() {
    return server.getPort();
  }

  /** Creates every series of {@code model} at zero, as a well-instrumented model server does. */
  void initialise(String model) {
    requests.labelValues(model, "200");
    requests.labelValues(model, "500");
    latency.labelValues(model);
    scores.labelValues(model);
    predictions.labelValues(model, "approve");
    predictions.labelValues(model, "decline");
  }

  /** Records {@code count} requests of {@code model} with {@code status}, each taking {@code seconds}. */
  void serve(String model, String status, int count, double seconds) {
    requests.labelValues(model, status).inc(count);
    for (int i = 0; i < count; i++) {
      latency.labelValues(model).observe(seconds);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
