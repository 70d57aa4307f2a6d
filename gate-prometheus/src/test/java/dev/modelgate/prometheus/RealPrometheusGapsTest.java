package dev.modelgate.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import dev.modelgate.prometheus.internal.Templates;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Against a real Prometheus: every way a window can lack data maps to its own {@link MissingKind},
 * with a detail that says which query of which model gave what.
 */
@ExtendWith(RealPrometheusExtension.class)
class RealPrometheusGapsTest {

  private static final String IDLE = "gaps-idle";
  private static final String NO_LATENCY = "gaps-no-latency";
  private static final String UNKNOWN = "gaps-never-seen";

  private static RealPrometheus prometheus;
  private static Window window;
  private static String range;

  @BeforeAll
  static void serveRequestsWithoutLatency(RealPrometheus realPrometheus) {
    prometheus = realPrometheus;
    Instant start = Instant.now().minusMillis(1);
    prometheus.exporter().initialise(IDLE);
    prometheus.exporter().initialise(NO_LATENCY);
    prometheus.nextScrape();
    prometheus.exporter().requests.labelValues(NO_LATENCY, "200").inc(50);
    window = new Window(1, start, prometheus.nextScrape());
    range = Templates.range(window.start(), window.end());
  }

  @Test
  void should_report_no_traffic_when_the_request_count_is_zero() {
    WindowObservation.Missing missing = missing(metrics(IDLE, NO_LATENCY, CanaryQueries.defaults()));

    assertThat(missing.kind()).isEqualTo(MissingKind.NO_TRAFFIC);
    assertThat(missing.detail()).isEqualTo("champion received no requests in the window (query: "
        + "sum(increase(http_requests_total{model=\"gaps-idle\"}[" + range + "])))");
  }

  @Test
  void should_report_an_empty_result_when_no_series_matches() {
    CanaryQueries countsOnly = CanaryQueries.builder().withoutLatency().build();

    WindowObservation.Missing missing = missing(metrics(NO_LATENCY, UNKNOWN, countsOnly));

    assertThat(missing.kind()).isEqualTo(MissingKind.EMPTY_RESULT);
    assertThat(missing.detail()).isEqualTo("canary requests: Prometheus returned no series (query: "
        + "sum(increase(http_requests_total{model=\"gaps-never-seen\"}[" + range + "])))");
  }

  @Test
  void should_report_not_a_number_when_a_latency_quantile_has_no_observations() {
    WindowObservation.Missing missing = missing(metrics(NO_LATENCY, IDLE, CanaryQueries.defaults()));

    assertThat(missing.kind()).isEqualTo(MissingKind.NOT_A_NUMBER);
    assertThat(missing.detail()).isEqualTo("champion latency p50: Prometheus returned NaN (query: "
        + "histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket"
        + "{model=\"gaps-no-latency\"}[" + range + "]))))");
  }

  @Test
  void should_report_a_source_error_with_prometheus_text_when_the_query_is_bad() {
    CanaryQueries broken = CanaryQueries.builder()
        .requestsQuery("sum(increase(http_requests_total{model=\"$model\"}[$window])")
        .build();

    WindowObservation.Missing missing = missing(metrics(NO_LATENCY, IDLE, broken));

    assertThat(missing.kind()).isEqualTo(MissingKind.SOURCE_ERROR);
    assertThat(missing.detail())
        .startsWith("champion requests: Prometheus answered HTTP 400 bad_data: invalid parameter \"query\": ")
        .contains("parse error")
        .endsWith("(query: sum(increase(http_requests_total{model=\"gaps-no-latency\"}[" + range + "]))");
  }

  @Test
  void should_report_a_source_error_when_a_query_gives_several_series() {
    CanaryQueries unaggregated = CanaryQueries.builder()
        .requestsQuery("increase(http_requests_total{model=\"$model\"}[$window])")
        .build();

    WindowObservation.Missing missing = missing(metrics(NO_LATENCY, IDLE, unaggregated));

    assertThat(missing.kind()).isEqualTo(MissingKind.SOURCE_ERROR);
    assertThat(missing.detail()).isEqualTo("champion requests: Prometheus returned 2 series, not one;"
        + " aggregate them, for example with sum(...) (query: increase(http_requests_total"
        + "{model=\"gaps-no-latency\"}[" + range + "]))");
  }

  private static WindowObservation.Missing missing(PrometheusCanaryMetrics metrics) {
    WindowObservation observation = metrics.observe(window);
    assertThat(observation).isInstanceOf(WindowObservation.Missing.class);
    assertThat(observation.window()).isEqualTo(window);
    return (WindowObservation.Missing) observation;
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
