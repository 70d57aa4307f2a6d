package dev.modelgate.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.PredictionDistribution;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Against a real Prometheus scraping the Java client: the champion and the canary serve known
 * traffic, Prometheus scrapes it, and {@code observe()} must give back the very numbers. The window
 * starts before the series exist and ends at the scrape that saw the last request, so {@code
 * increase} has nothing to extrapolate and the counts are exact.
 */
@ExtendWith(RealPrometheusExtension.class)
class RealPrometheusCountsTest {

  private static final String CHAMPION = "counts-champion";
  private static final String CANARY = "counts-canary";
  private static final String NO_ERRORS = "counts-no-error-series";
  private static final Duration INTERPOLATION = Duration.ofNanos(1_000);

  private static RealPrometheus prometheus;
  private static Window window;

  @BeforeAll
  static void serveKnownTraffic(RealPrometheus realPrometheus) {
    prometheus = realPrometheus;
    TestExporter exporter = prometheus.exporter();
    Instant start = Instant.now().minusMillis(1);
    exporter.initialise(CHAMPION);
    exporter.initialise(CANARY);
    exporter.requests.labelValues(NO_ERRORS, "200");
    prometheus.nextScrape();

    exporter.serve(CHAMPION, "200", 296, 0.03);
    exporter.serve(CHAMPION, "500", 4, 0.03);
    exporter.serve(CHAMPION, "200", 100, 0.2);
    exporter.serve(CANARY, "200", 87, 0.03);
    exporter.serve(CANARY, "500", 3, 0.03);
    exporter.serve(CANARY, "200", 10, 0.3);
    exporter.requests.labelValues(NO_ERRORS, "200").inc(25);
    for (int i = 0; i < 400; i++) {
      exporter.scores.labelValues(CHAMPION).observe(0.15);
    }
    for (int i = 0; i < 100; i++) {
      exporter.scores.labelValues(CANARY).observe((i + 0.5) / 100);
    }
    exporter.predictions.labelValues(CHAMPION, "approve").inc(300);
    exporter.predictions.labelValues(CHAMPION, "decline").inc(100);
    exporter.predictions.labelValues(CANARY, "approve").inc(60);
    exporter.predictions.labelValues(CANARY, "decline").inc(40);
    window = new Window(1, start, prometheus.nextScrape());
  }

  @Test
  void should_read_request_and_error_counts_of_both_models() {
    WindowObservation.Observed observed = observe(CanaryQueries.defaults());

    assertThat(observed.champion().requests()).isEqualTo(400);
    assertThat(observed.champion().errors()).isEqualTo(4);
    assertThat(observed.canary().requests()).isEqualTo(100);
    assertThat(observed.canary().errors()).isEqualTo(3);
  }

  @Test
  void should_read_latency_quantiles_as_prometheus_interpolates_them_in_the_buckets() {
    WindowObservation.Observed observed = observe(CanaryQueries.defaults());

    // champion: 300 × 30 ms in (0, 50 ms], 100 × 200 ms in (100 ms, 250 ms]
    Map<Double, Duration> champion = observed.champion().latency();
    assertThat(champion.get(0.5)).isCloseTo(Duration.ofNanos(33_333_333), INTERPOLATION); // 50 ms × 200/300
    assertThat(champion.get(0.95)).isCloseTo(Duration.ofMillis(220), INTERPOLATION); // 100 + 150 × 80/100
    assertThat(champion.get(0.99)).isCloseTo(Duration.ofMillis(244), INTERPOLATION); // 100 + 150 × 96/100
    // canary: 90 × 30 ms in (0, 50 ms], 10 × 300 ms in (250 ms, 500 ms]
    Map<Double, Duration> canary = observed.canary().latency();
    assertThat(canary.get(0.5)).isCloseTo(Duration.ofNanos(27_777_778), INTERPOLATION); // 50 × 50/90
    assertThat(canary.get(0.95)).isCloseTo(Duration.ofMillis(375), INTERPOLATION); // 250 + 250 × 5/10
    assertThat(canary.get(0.99)).isCloseTo(Duration.ofMillis(475), INTERPOLATION); // 250 + 250 × 9/10
  }

  @Test
  void should_read_the_score_histogram_of_each_model() {
    WindowObservation.Observed observed =
        observe(CanaryQueries.builder().scoreHistogram("model_score").build());

    double[] bounds = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, Double.POSITIVE_INFINITY};
    assertThat(observed.canary().predictions()).contains(new PredictionDistribution.ScoreHistogram(
        bounds, new long[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 100}));
    assertThat(observed.champion().predictions()).contains(new PredictionDistribution.ScoreHistogram(
        bounds, new long[] {0, 400, 400, 400, 400, 400, 400, 400, 400, 400}));
  }

  @Test
  void should_read_the_class_counts_of_each_model() {
    WindowObservation.Observed observed = observe(
        CanaryQueries.builder().classCounter("model_predictions_total", "class").build());

    assertThat(observed.champion().predictions())
        .contains(new PredictionDistribution.ClassCounts(Map.of("approve", 300L, "decline", 100L)));
    assertThat(observed.canary().predictions())
        .contains(new PredictionDistribution.ClassCounts(Map.of("approve", 60L, "decline", 40L)));
  }

  @Test
  void should_count_zero_errors_when_a_model_has_no_error_series_yet() {
    WindowObservation observation = metrics(NO_ERRORS, CANARY, CanaryQueries.builder().withoutLatency().build())
        .observe(window);

    assertThat(observation).isInstanceOf(WindowObservation.Observed.class);
    ModelWindowStats stats = ((WindowObservation.Observed) observation).champion();
    assertThat(stats.requests()).isEqualTo(25);
    assertThat(stats.errors()).isZero();
  }

  @Test
  void should_round_extrapolated_counts_to_the_nearest_whole_number() {
    // a window ending 333 ms after the last scrape: increase() extrapolates to its end
    Window extended = new Window(2, window.start(), window.end().plusMillis(333));
    double raw = prometheus.valueAt(
        "sum(increase(http_requests_total{model=\"" + CHAMPION + "\"}[" + extended.length().toMillis() + "ms]))",
        extended.end());

    WindowObservation observation = metrics(CHAMPION, CANARY, CanaryQueries.defaults()).observe(extended);

    assertThat(raw).isGreaterThan(400); // typically 533.2 or 466.6: 400 × (interval + 0.333 s) / interval
    assertThat(((WindowObservation.Observed) observation).champion().requests()).isEqualTo(Math.round(raw));
  }

  private static WindowObservation.Observed observe(CanaryQueries queries) {
    WindowObservation observation = metrics(CHAMPION, CANARY, queries).observe(window);
    assertThat(observation).isInstanceOf(WindowObservation.Observed.class);
    return (WindowObservation.Observed) observation;
  }

  private static PrometheusCanaryMetrics metrics(String champion, String canary, CanaryQueries queries) {
    return PrometheusCanaryMetrics.builder()
        .baseUrl(prometheus.baseUrl())
        .champion(champion)
        .canary(canary)
        .queries(queries)
        .timeout(Duration.ofSeconds(10))
        .build();
  }
}
