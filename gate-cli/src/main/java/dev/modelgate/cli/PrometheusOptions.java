package dev.modelgate.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where {@code gate canary} reads each window from Prometheus and how: the server, the label
 * values of the two models and the queries. Defaults are those of {@code CanaryQueries}; see {@link
 * PrometheusSource} for how the flags become the metrics source.
 */
final class PrometheusOptions {

  /** The unit of a latency histogram or query result. */
  enum LatencyUnit {
    /** Prometheus' convention. */
    SECONDS,
    /** Such as Knative's {@code revision_app_request_latencies}. */
    MILLISECONDS
  }

  @Option(
      names = "--prometheus-url",
      paramLabel = "URL",
      description =
          "Read each window's metrics from this Prometheus server (instant queries on"
              + " /api/v1/query at the window's end). Credentials come only from the environment:"
              + " PROMETHEUS_BEARER_TOKEN, or PROMETHEUS_USERNAME and PROMETHEUS_PASSWORD.")
  @Nullable String url;

  @Option(
      names = "--champion-label",
      paramLabel = "VALUE",
      description = "The model label's value on the champion's series, such as credit-6.")
  @Nullable String championLabel;

  @Option(
      names = "--canary-label",
      paramLabel = "VALUE",
      description = "The model label's value on the canary's series, such as credit-7.")
  @Nullable String canaryLabel;

  @Option(
      names = "--model-label",
      paramLabel = "NAME",
      description = "The label whose value tells the models apart. Default: model.")
  @Nullable String modelLabel;

  @Option(
      names = "--request-counter",
      paramLabel = "METRIC",
      description = "The counter of requests, by model and status. Default: http_requests_total.")
  @Nullable String requestCounter;

  @Option(
      names = "--error-matcher",
      paramLabel = "MATCHER",
      description =
          "The label matcher that selects the failed requests of --request-counter."
              + " Default: status=~\"5..\".")
  @Nullable String errorMatcher;

  @Option(
      names = "--latency-histogram",
      paramLabel = "METRIC",
      description =
          "The classic latency histogram, without _bucket. Default:"
              + " http_request_duration_seconds.")
  @Nullable String latencyHistogram;

  @Option(
      names = "--latency-unit",
      paramLabel = "seconds|milliseconds",
      description = "The unit of --latency-histogram or --latency-query. Default: seconds.")
  @Nullable LatencyUnit latencyUnit;

  @Option(
      names = "--no-latency",
      description = "Read no latency, for a policy that bounds none.")
  boolean noLatency;

  @Option(
      names = "--score-histogram",
      paramLabel = "METRIC",
      description =
          "Read the predictions from this classic histogram of scores (without _bucket), for the"
              + " policy's psi check.")
  @Nullable String scoreHistogram;

  @Option(
      names = "--class-counter",
      paramLabel = "METRIC",
      description =
          "Read the predictions from this counter of predicted classes, for the policy's psi or"
              + " chiSquare check.")
  @Nullable String classCounter;

  @Option(
      names = "--class-label",
      paramLabel = "LABEL",
      description = "The label of --class-counter that names the class. Default: class.")
  @Nullable String classLabel;

  @Option(
      names = "--requests-query",
      paramLabel = "PROMQL",
      description =
          "The PromQL template of one model's request count in a window, with $model and $window;"
              + " instead of --request-counter.")
  @Nullable String requestsQuery;

  @Option(
      names = "--errors-query",
      paramLabel = "PROMQL",
      description =
          "The PromQL template of one model's error count in a window, with $model and $window.")
  @Nullable String errorsQuery;

  @Option(
      names = "--latency-query",
      paramLabel = "PROMQL",
      description =
          "The PromQL template of one latency quantile, with $model, $window and $quantile;"
              + " instead of --latency-histogram.")
  @Nullable String latencyQuery;

  @Option(
      names = "--scrape-interval",
      paramLabel = "SECONDS",
      description =
          "Prometheus' scrape interval: each window is read this long after it ends, so that its"
              + " last samples are in. Default: 30.")
  @Nullable Integer scrapeIntervalSeconds;

  @Option(
      names = "--prometheus-timeout",
      paramLabel = "SECONDS",
      description = "How long each query may take, in seconds. Default: 10.")
  @Nullable Integer timeoutSeconds;

  /** The scrape interval: {@code --scrape-interval}, 30 seconds by default. */
  Duration scrapeInterval() {
    return Duration.ofSeconds(scrapeIntervalSeconds == null ? 30 : scrapeIntervalSeconds);
  }

  /** The flags given, by name, in the order of {@code --help}. */
  List<String> given() {
    Map<String, Boolean> flags = new LinkedHashMap<>();
    flags.put("--prometheus-url", url != null);
    flags.put("--champion-label", championLabel != null);
    flags.put("--canary-label", canaryLabel != null);
    flags.put("--model-label", modelLabel != null);
    flags.put("--request-counter", requestCounter != null);
    flags.put("--error-matcher", errorMatcher != null);
    flags.put("--latency-histogram", latencyHistogram != null);
    flags.put("--latency-unit", latencyUnit != null);
    flags.put("--no-latency", noLatency);
    flags.put("--score-histogram", scoreHistogram != null);
    flags.put("--class-counter", classCounter != null);
    flags.put("--class-label", classLabel != null);
    flags.put("--requests-query", requestsQuery != null);
    flags.put("--errors-query", errorsQuery != null);
    flags.put("--latency-query", latencyQuery != null);
    flags.put("--scrape-interval", scrapeIntervalSeconds != null);
    flags.put("--prometheus-timeout", timeoutSeconds != null);
    List<String> given = new ArrayList<>();
    flags.forEach((flag, set) -> {
      if (set) {
        given.add(flag);
      }
    });
    return given;
  }
}
