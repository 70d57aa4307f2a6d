package dev.modelgate.mlflow;

import dev.modelgate.mlflow.internal.Backoff;
import dev.modelgate.mlflow.internal.Credentials;
import dev.modelgate.mlflow.internal.TagCodec;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link MlflowModelRegistry}: where MLflow is, how to authenticate, TLS, timeouts and
 * retries. Each setter checks its value at once and names it in its message (never a secret);
 * {@link #build()} reports every remaining problem at once. Not thread-safe; reusable.
 *
 * <pre>{@code
 * MlflowModelRegistry registry = MlflowModelRegistry.builder()
 *     .trackingUri("https://mlflow.example.com")
 *     .bearerToken(System.getenv("MLFLOW_TRACKING_TOKEN"))
 *     .requestTimeout(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 *
 * <p>Defaults: no authentication, the JDK's trusted certificates, connect timeout 10 s, request
 * timeout 120 s (MLflow's {@code MLFLOW_HTTP_REQUEST_TIMEOUT}), 5 retries waiting 500 ms, 1 s,
 * 2 s, 4 s, 8 s (at most 10 s each), tag values of at most 5000 characters, 300 s for a pending
 * registration, the system clock in UTC.
 */
public final class MlflowModelRegistryBuilder {

  /** What a problem found in the environment is about; a setter of that topic clears it. */
  enum Topic { TRACKING_URI, CREDENTIALS, TLS, TIMEOUT, RETRIES }

  @Nullable URI trackingUri;
  Credentials credentials = Credentials.none();
  @Nullable SSLContext sslContext;
  @Nullable Path trustedCertificates;
  boolean insecureTls;
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration requestTimeout = Duration.ofSeconds(120);
  int maxRetries = 5;
  Duration firstBackoff = Duration.ofMillis(500);
  Duration maxBackoff = Duration.ofSeconds(10);
  int maxTagValueLength = TagCodec.MLFLOW_LIMIT;
  Duration registrationTimeout = Duration.ofSeconds(300);
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.system();
  private final Map<Topic, String> problems = new EnumMap<>(Topic.class);

  MlflowModelRegistryBuilder() {}

  /** Records a problem of a value read from the environment, reported by {@link #build()}. */
  void problem(Topic topic, String problem) {
    problems.merge(topic, problem, (first, second) -> first + "; " + second);
  }

  /**
   * The MLflow tracking server, such as {@code https://mlflow.example.com} or {@code
   * http://127.0.0.1:5000}; a path prefix is kept, a final {@code /} dropped.
   *
   * @throws IllegalArgumentException if it is not an http or https URI with a host, or carries
   *     credentials, a query or a fragment
   */
  public MlflowModelRegistryBuilder trackingUri(URI uri) {
    this.trackingUri = TrackingUris.require(Objects.requireNonNull(uri, "trackingUri"));
    problems.remove(Topic.TRACKING_URI);
    return this;
  }

  /** The MLflow tracking server as text; see {@link #trackingUri(URI)}. */
  public MlflowModelRegistryBuilder trackingUri(String uri) {
    Objects.requireNonNull(uri, "trackingUri");
    try {
      return trackingUri(new URI(uri.strip()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(TrackingUris.notAUri(uri, e.getReason()), e);
    }
  }

  /** Authenticates with {@code Authorization: Bearer <token>}, as {@code MLFLOW_TRACKING_TOKEN}. */
  public MlflowModelRegistryBuilder bearerToken(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("bearer token must not be blank");
    }
    this.credentials = Credentials.bearer(token);
    problems.remove(Topic.CREDENTIALS);
    return this;
  }

  /**
   * Authenticates with HTTP basic auth, as {@code MLFLOW_TRACKING_USERNAME} and {@code
   * MLFLOW_TRACKING_PASSWORD}; replaces a bearer token.
   */
  public MlflowModelRegistryBuilder basicAuth(String username, String password) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (username.isBlank() || username.indexOf(':') >= 0) {
      throw new IllegalArgumentException("username must not be blank nor contain ':'");
    }
    this.credentials = Credentials.basic(username, password);
    problems.remove(Topic.CREDENTIALS);
    return this;
  }

  /** The TLS context for https, for example one holding a client certificate for mutual TLS. */
  public MlflowModelRegistryBuilder sslContext(SSLContext context) {
    this.sslContext = Objects.requireNonNull(context, "sslContext");
    problems.remove(Topic.TLS);
    return this;
  }

  /**
   * Trusts the server certificates in this PEM file (read by {@link #build()}), as {@code
   * MLFLOW_TRACKING_SERVER_CERT_PATH}.
   */
  public MlflowModelRegistryBuilder trustedCertificates(Path pemFile) {
    this.trustedCertificates = Objects.requireNonNull(pemFile, "trustedCertificates");
    problems.remove(Topic.TLS);
    return this;
  }

  /**
   * Whether to skip TLS verification of the server's certificate and host name, as {@code
   * MLFLOW_TRACKING_INSECURE_TLS}: for test servers only; logged as a warning when built.
   */
  public MlflowModelRegistryBuilder insecureTls(boolean insecure) {
    this.insecureTls = insecure;
    problems.remove(Topic.TLS);
    return this;
  }

  /** How long to wait for a connection. */
  public MlflowModelRegistryBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive("connectTimeout", timeout);
    return this;
  }

  /** How long to wait for each answer, as {@code MLFLOW_HTTP_REQUEST_TIMEOUT}. */
  public MlflowModelRegistryBuilder requestTimeout(Duration timeout) {
    this.requestTimeout = positive("requestTimeout", timeout);
    problems.remove(Topic.TIMEOUT);
    return this;
  }

  /**
   * How many times an idempotent call is sent again when MLflow is unavailable (timeout, 408, 429,
   * 5xx), as {@code MLFLOW_HTTP_REQUEST_MAX_RETRIES}; 0 for never.
   */
  public MlflowModelRegistryBuilder maxRetries(int retries) {
    if (retries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative, but is " + retries);
    }
    this.maxRetries = retries;
    problems.remove(Topic.RETRIES);
    return this;
  }

  /** The wait before the first retry, doubled for each further one, never more than {@code max}. */
  public MlflowModelRegistryBuilder backoff(Duration first, Duration max) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(max, "max");
    if (first.isNegative() || first.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "backoff needs 0 <= first <= max, but first is " + first + " and max " + max);
    }
    this.firstBackoff = first;
    this.maxBackoff = max;
    problems.remove(Topic.RETRIES);
    return this;
  }

  /**
   * The longest tag value the server takes, in characters: 5000 for MLflow's registry; longer
   * values are split as {@link MlflowModelRegistry} describes.
   */
  public MlflowModelRegistryBuilder maxTagValueLength(int characters) {
    if (characters < 100) {
      throw new IllegalArgumentException(
          "maxTagValueLength must be at least 100, but is " + characters);
    }
    this.maxTagValueLength = characters;
    return this;
  }

  /** How long {@code register} waits while MLflow says {@code PENDING_REGISTRATION}. */
  public MlflowModelRegistryBuilder registrationTimeout(Duration timeout) {
    this.registrationTimeout = positive("registrationTimeout", timeout);
    return this;
  }

  /** The clock that dates the alias moves recorded in the history. */
  public MlflowModelRegistryBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** What waits between retries and polls; tests pass one that does not wait. */
  public MlflowModelRegistryBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /**
   * The registry. Nothing is sent to MLflow until the first call.
   *
   * @throws IllegalStateException naming every problem: a missing tracking URI, conflicting TLS
   *     settings, an unreadable certificate file, bad values read from the environment
   */
  public MlflowModelRegistry build() {
    List<String> all = new ArrayList<>();
    if (trackingUri == null && !problems.containsKey(Topic.TRACKING_URI)) {
      all.add("the tracking URI is missing: set MLFLOW_TRACKING_URI or call trackingUri(...)");
    }
    all.addAll(problems.values());
    SSLContext tls = RegistryAssembly.sslContext(this, all);
    if (!all.isEmpty() || trackingUri == null) {
      throw new IllegalStateException(
          "MlflowModelRegistry cannot be built: " + String.join("; ", all));
    }
    return RegistryAssembly.assemble(
        this, trackingUri, tls, new Backoff(maxRetries, firstBackoff, maxBackoff));
  }

  /** The settings without secrets: {@code MlflowModelRegistryBuilder[trackingUri=…, auth=…]}. */
  @Override
  public String toString() {
    return "MlflowModelRegistryBuilder[trackingUri=" + trackingUri + ", auth=" + credentials
        + ", tls=" + RegistryAssembly.tlsDescription(this) + "]";
  }

  private static Duration positive(String name, Duration duration) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, but is " + duration);
    }
    return duration;
  }
}
