package dev.modelgate.prometheus;

import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import dev.modelgate.prometheus.internal.Credentials;
import dev.modelgate.prometheus.internal.InstantQueryClient;
import dev.modelgate.prometheus.internal.ModelReader;
import dev.modelgate.prometheus.internal.WindowGap;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Canary metrics read from Prometheus' HTTP API: for each window, the champion's and the canary's
 * request and error counts, latency quantiles and, if configured, prediction distribution, each
 * through one PromQL instant query ({@code POST /api/v1/query}).
 *
 * <p><b>Alignment.</b> Every query is evaluated at {@code time} = the window's end, and {@code
 * $window} is the window's length in whole milliseconds, so a range selector {@code [$window]}
 * covers the window itself (Prometheus 2 includes both ends, Prometheus 3 excludes the start).
 * Prometheus only has the samples its scrapes took: the first sample in the window may come up to
 * one scrape interval after its start, the last up to one before its end. Make windows at least
 * four scrape intervals long ({@code increase} and {@code rate} need two samples of a series in the
 * range, or the series drops out of the result), and observe a window only after one scrape
 * interval has passed since its end, so that the last scrape is in.
 *
 * <p><b>Counts.</b> {@code increase} extrapolates from the first and last samples in the range to
 * the range's edges (never below a counter's zero), so counts come back as decimals such as {@code
 * 100.8}; they are rounded to the nearest whole number, halves up. A counter series that first
 * appears during the window loses its first increments; initialise every label combination at
 * zero when the model starts.
 *
 * <p><b>Gaps.</b> {@link #observe(Window)} never throws for an expected gap; it returns a {@link
 * WindowObservation.Missing} for the first query without a usable answer, asking the champion's
 * queries before the canary's, and for each model requests, errors, latency, predictions:
 *
 * <ul>
 *   <li>{@code NO_TRAFFIC} – the requests query gave 0 (after rounding): the series exist, nothing
 *       was served;
 *   <li>{@code EMPTY_RESULT} – a query gave no series: a wrong metric or label name, a model that
 *       never served, or a window shorter than two scrapes;
 *   <li>{@code NOT_A_NUMBER} – a query gave {@code NaN} or an infinity, as {@code
 *       histogram_quantile} does for a window without observations;
 *   <li>{@code TIMEOUT} – no answer within the {@linkplain PrometheusCanaryMetricsBuilder#timeout
 *       timeout}, or Prometheus' own {@code timeout} error;
 *   <li>{@code SOURCE_ERROR} – Prometheus unreachable, a rejected query ({@code bad_data} and other
 *       errors, with Prometheus' text), an answer that is not Prometheus JSON (a proxy's HTML page),
 *       several series where one was needed, or more errors than requests.
 * </ul>
 *
 * <p>Credentials never appear in {@link #toString()}, in a gap's detail or in a log. Immutable and
 * thread-safe; one instance may serve many windows and threads.
 */
public final class PrometheusCanaryMetrics implements CanaryMetrics {

  private static final Logger log = LoggerFactory.getLogger(PrometheusCanaryMetrics.class);

  private final URI baseUrl;
  private final String champion;
  private final String canary;
  private final CanaryQueries queries;
  private final Duration timeout;
  private final Credentials credentials;
  private final ModelReader reader;

  PrometheusCanaryMetrics(
      URI baseUrl,
      String champion,
      String canary,
      CanaryQueries queries,
      Duration timeout,
      Credentials credentials,
      InstantQueryClient client) {
    this.baseUrl = baseUrl;
    this.champion = champion;
    this.canary = canary;
    this.queries = queries;
    this.timeout = timeout;
    this.credentials = credentials;
    this.reader = new ModelReader(client, queries);
  }

  /** A builder; {@code baseUrl}, {@code champion} and {@code canary} are required. */
  public static PrometheusCanaryMetricsBuilder builder() {
    return new PrometheusCanaryMetricsBuilder();
  }

  /** {@code prometheus:<base URL>}, such as {@code prometheus:http://127.0.0.1:9090}. */
  @Override
  public String name() {
    return "prometheus:" + baseUrl;
  }

  /**
   * Both models' statistics in {@code window}, or the first gap; at most one HTTP request per query
   * at a time, each waiting at most the timeout.
   */
  @Override
  public WindowObservation observe(Window window) {
    Objects.requireNonNull(window, "window");
    try {
      ModelWindowStats championStats = reader.read("champion", champion, window);
      ModelWindowStats canaryStats = reader.read("canary", canary, window);
      return new WindowObservation.Observed(window, championStats, canaryStats);
    } catch (WindowGap gap) {
      String detail = credentials.redact(gap.detail());
      log.atInfo()
          .addKeyValue("source", name())
          .addKeyValue("window", window.index())
          .addKeyValue("kind", gap.kind())
          .addKeyValue("detail", detail)
          .log("canary window has no usable metrics");
      return new WindowObservation.Missing(window, gap.kind(), detail);
    }
  }

  /** The base URL of the Prometheus server. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The champion's label value. */
  public String champion() {
    return champion;
  }

  /** The canary's label value. */
  public String canary() {
    return canary;
  }

  /** The queries. */
  public CanaryQueries queries() {
    return queries;
  }

  /** How long each query may take. */
  public Duration timeout() {
    return timeout;
  }

  @Override
  public String toString() {
    return "PrometheusCanaryMetrics[baseUrl=" + baseUrl + ", champion=" + champion + ", canary="
        + canary + ", timeout=" + timeout + ", auth=" + credentials + ", queries=" + queries + "]";
  }
}
