package dev.modelgate.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the builder of {@link PrometheusCanaryMetrics} accepts, defaults and rejects, all at once. */
class PrometheusCanaryMetricsBuilderTest {

  @Test
  void should_default_the_queries_and_a_ten_second_timeout() {
    PrometheusCanaryMetrics metrics = PrometheusCanaryMetrics.builder()
        .baseUrl("http://127.0.0.1:9090").champion("v3").canary("v4").build();

    assertThat(metrics.name()).isEqualTo("prometheus:http://127.0.0.1:9090");
    assertThat(metrics.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9090"));
    assertThat(metrics.champion()).isEqualTo("v3");
    assertThat(metrics.canary()).isEqualTo("v4");
    assertThat(metrics.queries()).isEqualTo(CanaryQueries.defaults());
    assertThat(metrics.timeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void should_report_every_missing_setting_at_once() {
    assertThatThrownBy(() -> PrometheusCanaryMetrics.builder().build())
        .isInstanceOf(InvalidPrometheusConfigException.class)
        .hasMessage("invalid Prometheus canary metrics: baseUrl is missing; champion is missing; canary is missing")
        .satisfies(e -> assertThat(((InvalidPrometheusConfigException) e).problems())
            .containsExactly("baseUrl is missing", "champion is missing", "canary is missing"));
  }

  @Test
  void should_reject_bad_values_naming_each() {
    assertThatThrownBy(() -> PrometheusCanaryMetrics.builder()
            .baseUrl("ftp://host:21/?x=1").champion(" ").canary(" ").timeout(Duration.ZERO).build())
        .hasMessage("invalid Prometheus canary metrics: baseUrl ftp://host:21/?x=1 must start with"
            + " http:// or https://; baseUrl ftp://host:21/?x=1 must not have a query or a fragment;"
            + " champion is blank; canary is blank; champion and canary are both \" \": they must name"
            + " different models; timeout PT0S must be positive");
  }

  @Test
  void should_reject_a_url_without_host_and_a_user_with_a_colon() {
    assertThatThrownBy(() -> PrometheusCanaryMetrics.builder()
            .baseUrl("http:///prometheus").champion("a").canary("b").basicAuth("a:b", "c").build())
        .hasMessage("invalid Prometheus canary metrics: baseUrl http:///prometheus has no host;"
            + " the basic auth user contains ':'");
  }

  @Test
  void should_reject_a_malformed_url_without_repeating_its_user_info() {
    assertThatThrownBy(() -> PrometheusCanaryMetrics.builder()
            .baseUrl("http://gate:secret@prom host:9090").champion("a").canary("b").build())
        .hasMessage("invalid Prometheus canary metrics: baseUrl http://…@prom host:9090 is not a URL");
  }

  @Test
  void should_be_reusable_after_build() {
    PrometheusCanaryMetricsBuilder builder =
        PrometheusCanaryMetrics.builder().baseUrl("https://prom.example/").champion("a").canary("b");

    PrometheusCanaryMetrics first = builder.build();
    PrometheusCanaryMetrics second = builder.canary("c").build();

    assertThat(first.canary()).isEqualTo("b");
    assertThat(second.canary()).isEqualTo("c");
    assertThat(second.name()).isEqualTo("prometheus:https://prom.example/");
  }
}
