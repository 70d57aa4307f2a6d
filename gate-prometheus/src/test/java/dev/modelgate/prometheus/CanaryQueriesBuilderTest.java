package dev.modelgate.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The queries the builder writes from metric names, the templates it accepts and what it rejects. */
class CanaryQueriesBuilderTest {

  @Test
  void should_write_the_default_queries() {
    CanaryQueries defaults = CanaryQueries.defaults();

    assertThat(defaults.requests()).isEqualTo("sum(increase(http_requests_total{model=\"$model\"}[$window]))");
    assertThat(defaults.errors()).isEqualTo(
        "sum(increase(http_requests_total{model=\"$model\",status=~\"5..\"}[$window]))"
            + " or 0 * sum(increase(http_requests_total{model=\"$model\"}[$window]))");
    assertThat(defaults.latency()).contains(new LatencyQuery(
        "histogram_quantile($quantile, sum by (le) (rate(http_request_duration_seconds_bucket{model=\"$model\"}[$window])))",
        ChronoUnit.SECONDS, List.of(0.5, 0.95, 0.99)));
    assertThat(defaults.predictions()).isEmpty();
    assertThat(defaults.variables()).isEmpty();
  }

  @Test
  void should_write_knative_queries_from_metric_and_label_names() {
    CanaryQueries knative = CanaryQueries.builder()
        .modelLabel("revision_name")
        .requestCounter("revision_app_request_count")
        .errorMatcher("response_code_class=\"5xx\"")
        .latencyHistogram("revision_app_request_latencies", ChronoUnit.MILLIS)
        .latencyQuantiles(0.99)
        .classCounter("model_predictions_total", "class")
        .build();

    assertThat(knative.requests())
        .isEqualTo("sum(increase(revision_app_request_count{revision_name=\"$model\"}[$window]))");
    assertThat(knative.errors()).startsWith(
        "sum(increase(revision_app_request_count{revision_name=\"$model\",response_code_class=\"5xx\"}[$window]))");
    assertThat(knative.latency()).hasValueSatisfying(latency -> {
      assertThat(latency.unit()).isEqualTo(ChronoUnit.MILLIS);
      assertThat(latency.quantiles()).containsExactly(0.99);
      assertThat(latency.template()).contains("revision_app_request_latencies_bucket{revision_name=\"$model\"}");
    });
    assertThat(knative.predictions()).contains(new PredictionQuery.ClassCounts(
        "sum by (class) (increase(model_predictions_total{revision_name=\"$model\"}[$window]))", "class"));
  }

  @Test
  void should_accept_templates_with_declared_variables() {
    CanaryQueries queries = CanaryQueries.builder()
        .variable("ns", "prod")
        .requestsQuery("sum(increase(reqs{ns=\"$ns\",svc=\"$model\"}[$window]))")
        .scoreBucketsQuery("sum by (le) (increase(score_bucket{svc=\"$model\"}[$window]))")
        .withoutLatency()
        .build();

    assertThat(queries.variables()).isEqualTo(Map.of("ns", "prod"));
    assertThat(queries.latency()).isEmpty();
    assertThat(queries.predictions())
        .contains(new PredictionQuery.ScoreBuckets("sum by (le) (increase(score_bucket{svc=\"$model\"}[$window]))"));
  }

  @Test
  void should_report_every_template_problem_at_once() {
    assertThatThrownBy(() -> CanaryQueries.builder()
            .requestsQuery("sum(requests_total)")
            .errorsQuery(" ")
            .latencyQuery("histogram_quantile(0.99, x{m=\"$model\",ns=\"$ns\"}[$window])", ChronoUnit.MONTHS)
            .latencyQuantiles(0.99, 1.5, 0.99)
            .variable("model", "x")
            .build())
        .isInstanceOf(InvalidPrometheusConfigException.class)
        .satisfies(e -> assertThat(((InvalidPrometheusConfigException) e).problems()).containsExactly(
            "variable $model is reserved",
            "requests query has no $model placeholder: the champion and the canary would read the same series",
            "requests query has no $window placeholder: it must read the window's range",
            "errors query is blank",
            "latency query has no $quantile placeholder",
            "latency query uses the unknown placeholder $ns; known: $model, $window, $quantile",
            "latency unit Months is an estimated duration; use an exact unit such as SECONDS",
            "latency quantile 1.5 is not in (0, 1)",
            "latency quantile 0.99 is listed twice"));
  }

  @Test
  void should_reject_names_that_prometheus_does_not_allow() {
    assertThatThrownBy(() -> CanaryQueries.builder()
            .modelLabel("1model")
            .requestCounter("http-requests")
            .latencyHistogram("latency seconds", ChronoUnit.SECONDS)
            .latencyQuantiles()
            .classCounter("predictions", "the class")
            .variable("a-b", "x")
            .build())
        .satisfies(e -> assertThat(((InvalidPrometheusConfigException) e).problems()).containsExactly(
            "model label \"1model\" is not a Prometheus label name",
            "request counter \"http-requests\" is not a Prometheus metric name",
            "latency histogram \"latency seconds\" is not a Prometheus metric name",
            "variable name \"a-b\" is not a placeholder name ([A-Za-z_][A-Za-z0-9_]*)",
            "latency needs at least one quantile",
            "class label \"the class\" is not a Prometheus label name"));
  }
}
