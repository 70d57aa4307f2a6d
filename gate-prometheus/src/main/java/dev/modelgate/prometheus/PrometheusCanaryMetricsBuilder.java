package dev.modelgate.prometheus;

import dev.modelgate.prometheus.internal.ConfigProblems;
import dev.modelgate.prometheus.internal.Credentials;
import dev.modelgate.prometheus.internal.InstantQueryClient;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link PrometheusCanaryMetrics}: where Prometheus is ({@link #baseUrl}), which label values
 * are the {@link #champion} and the {@link #canary}, the {@link #queries} (default {@link
 * CanaryQueries#defaults()}), the {@link #timeout} of each query (default 10 s) and, optionally, a
 * {@link #bearerToken} or {@link #basicAuth}. {@link #build()} reports every problem at once, and
 * never a credential. Not thread-safe; reusable after {@code build()}.
 *
 * <pre>{@code
 * CanaryMetrics metrics = PrometheusCanaryMetrics.builder()
 *     .baseUrl("http://prometheus.monitoring:9090")
 *     .champion("fraud-v3")
 *     .canary("fraud-v4")
 *     .queries(CanaryQueries.builder().scoreHistogram("model_score").build())
 *     .build();
 * }</pre>
 */
public final class PrometheusCanaryMetricsBuilder {

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private @Nullable String baseUrl;
  private @Nullable String champion;
  private @Nullable String canary;
  private CanaryQueries queries = CanaryQueries.defaults();
  private Duration timeout = DEFAULT_TIMEOUT;
  private @Nullable String bearerToken;
  private @Nullable String basicUser;
  private @Nullable String basicPassword;
  private @Nullable HttpClient httpClient;

  PrometheusCanaryMetricsBuilder() {}

  /** The server's base URL, such as {@code http://127.0.0.1:9090} or {@code https://host/prometheus}. */
  public PrometheusCanaryMetricsBuilder baseUrl(String baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    return this;
  }

  /** The server's base URL. */
  public PrometheusCanaryMetricsBuilder baseUrl(URI baseUrl) {
    return baseUrl(Objects.requireNonNull(baseUrl, "baseUrl").toString());
  }

  /** The value of the model label ({@code $model}) that selects the champion's series. */
  public PrometheusCanaryMetricsBuilder champion(String labelValue) {
    this.champion = Objects.requireNonNull(labelValue, "labelValue");
    return this;
  }

  /** The value of the model label ({@code $model}) that selects the canary's series. */
  public PrometheusCanaryMetricsBuilder canary(String labelValue) {
    this.canary = Objects.requireNonNull(labelValue, "labelValue");
    return this;
  }

  /** The PromQL templates; default {@link CanaryQueries#defaults()}. */
  public PrometheusCanaryMetricsBuilder queries(CanaryQueries queries) {
    this.queries = Objects.requireNonNull(queries, "queries");
    return this;
  }

  /**
   * How long one query may take, also sent to Prometheus as its {@code timeout}; default 10 s. A
   * window reads up to {@code 2 × (2 + quantiles + 1)} queries one after the other.
   */
  public PrometheusCanaryMetricsBuilder timeout(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /** Authenticates with {@code Authorization: Bearer <token>}. */
  public PrometheusCanaryMetricsBuilder bearerToken(String token) {
    this.bearerToken = Objects.requireNonNull(token, "token");
    return this;
  }

  /** Authenticates with HTTP basic auth. */
  public PrometheusCanaryMetricsBuilder basicAuth(String user, String password) {
    this.basicUser = Objects.requireNonNull(user, "user");
    this.basicPassword = Objects.requireNonNull(password, "password");
    return this;
  }

  /**
   * The HTTP client to send queries with, for TLS or proxy settings; by default a new HTTP/1.1
   * client that follows no redirects and waits at most the timeout to connect.
   */
  public PrometheusCanaryMetricsBuilder httpClient(HttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return this;
  }

  /**
   * The canary metrics.
   *
   * @throws InvalidPrometheusConfigException listing every problem
   */
  public PrometheusCanaryMetrics build() {
    List<String> problems = new ArrayList<>();
    URI url = checkUrl(problems);
    checkModel("champion", champion, problems);
    checkModel("canary", canary, problems);
    if (champion != null && champion.equals(canary)) {
      problems.add(ConfigProblems.sameModel(champion));
    }
    if (timeout.isNegative() || timeout.isZero()) {
      problems.add(ConfigProblems.timeoutNotPositive(timeout));
    }
    Credentials credentials = credentials(problems);
    if (!problems.isEmpty() || url == null || champion == null || canary == null) {
      throw new InvalidPrometheusConfigException(problems);
    }
    HttpClient client = httpClient != null
        ? httpClient
        : HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
    return new PrometheusCanaryMetrics(
        url, champion, canary, queries, timeout, credentials,
        new InstantQueryClient(client, url, timeout, credentials));
  }

  private @Nullable URI checkUrl(List<String> problems) {
    if (baseUrl == null) {
      problems.add(ConfigProblems.missing("baseUrl"));
      return null;
    }
    URI url;
    try {
      url = new URI(baseUrl);
    } catch (URISyntaxException e) {
      problems.add(ConfigProblems.notAUrl(withoutUserInfo(baseUrl)));
      return null;
    }
    int before = problems.size();
    if (url.getRawUserInfo() != null) {
      problems.add(ConfigProblems.credentialsInUrl());
      return null;
    }
    if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
      problems.add(ConfigProblems.badScheme(baseUrl));
    } else if (url.getHost() == null) {
      problems.add(ConfigProblems.noHost(baseUrl));
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      problems.add(ConfigProblems.queryInUrl(baseUrl));
    }
    return problems.size() == before ? url : null;
  }

  private static String withoutUserInfo(String url) {
    int at = url.lastIndexOf('@');
    int scheme = url.indexOf("://");
    return at >= 0 && scheme >= 0 && scheme < at ? url.substring(0, scheme + 3) + "…" + url.substring(at) : url;
  }

  private static void checkModel(String setting, @Nullable String value, List<String> problems) {
    if (value == null) {
      problems.add(ConfigProblems.missing(setting));
    } else if (value.isBlank()) {
      problems.add(ConfigProblems.blank(setting));
    }
  }

  private Credentials credentials(List<String> problems) {
    if (bearerToken != null && basicUser != null) {
      problems.add(ConfigProblems.twoCredentials());
      return Credentials.none();
    }
    if (bearerToken != null) {
      if (bearerToken.isBlank()) {
        problems.add(ConfigProblems.blank("bearer token"));
      } else if (!headerSafe(bearerToken)) {
        problems.add(ConfigProblems.badHeaderCharacter("bearer token"));
      }
      return new Credentials.Bearer(bearerToken);
    }
    if (basicUser != null && basicPassword != null) {
      if (basicUser.indexOf(':') >= 0) {
        problems.add(ConfigProblems.colonInUser());
      }
      return new Credentials.Basic(basicUser, basicPassword);
    }
    return Credentials.none();
  }

  /** Visible ASCII only: a token with a line break or a control character could forge headers. */
  private static boolean headerSafe(String value) {
    return value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }
}
