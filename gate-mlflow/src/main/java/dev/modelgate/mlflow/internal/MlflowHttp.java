package dev.modelgate.mlflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.mlflow.MlflowException;
import dev.modelgate.mlflow.MlflowUnavailableException;
import dev.modelgate.mlflow.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the REST calls of the contract sheet to one MLflow server: GET with a query string, every
 * other method with a JSON body and {@code Content-Type: application/json}; retries the {@link
 * Call#retried() retried} calls with {@link Backoff} when MLflow is unavailable; turns every
 * failure into an {@link MlflowException}. Thread-safe.
 */
public final class MlflowHttp {

  private static final Logger log = LoggerFactory.getLogger(MlflowHttp.class);

  private final HttpClient client;
  private final URI trackingUri;
  private final Credentials credentials;
  private final Duration requestTimeout;
  private final Backoff backoff;
  private final Sleeper sleeper;

  /** Calls MLflow at {@code trackingUri} (no trailing slash) through {@code client}. */
  public MlflowHttp(
      HttpClient client,
      URI trackingUri,
      Credentials credentials,
      Duration requestTimeout,
      Backoff backoff,
      Sleeper sleeper) {
    this.client = client;
    this.trackingUri = trackingUri;
    this.credentials = credentials;
    this.requestTimeout = requestTimeout;
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  /** The backoff of retried calls. */
  public Backoff backoff() {
    return backoff;
  }

  /** Sends a GET {@code call} with {@code query} (keys may repeat) and returns the JSON answer. */
  public JsonNode get(Call call, List<Map.Entry<String, String>> query) {
    String encoded = query.stream()
        .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
        .collect(Collectors.joining("&"));
    URI uri = URI.create(trackingUri + call.path() + (encoded.isEmpty() ? "" : "?" + encoded));
    return exchange(call, request(uri).GET().build());
  }

  /** Sends {@code call} (POST, PATCH or DELETE) with {@code body} and returns the JSON answer. */
  public JsonNode send(Call call, ObjectNode body) {
    URI uri = URI.create(trackingUri + call.path());
    HttpRequest request = request(uri)
        .header("Content-Type", "application/json")
        .method(call.method(), HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
    return exchange(call, request);
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", "application/json");
    credentials.authorization().ifPresent(value -> builder.header("Authorization", value));
    return builder;
  }

  private JsonNode exchange(Call call, HttpRequest request) {
    int attempts = call.retried() ? backoff.maxAttempts() : 1;
    for (int attempt = 1; ; attempt++) {
      Answer answer = null;
      MlflowException failure;
      String suffix = attempt < attempts ? "" : suffix(call, attempt);
      try {
        Answer received = Answer.of(client.send(request, HttpResponse.BodyHandlers.ofString()));
        answer = received;
        log.atDebug().setMessage("MLflow answered").addKeyValue("call", call)
            .addKeyValue("status", answer.status()).addKeyValue("attempt", attempt).log();
        if (answer.isSuccess()) {
          return received.json()
              .orElseThrow(() -> Failures.notJsonSuccess(call, received, credentials));
        }
        if (!Failures.isTransient(answer.status())) {
          throw Failures.fromAnswer(call, answer, credentials, host(), "");
        }
        failure = Failures.fromAnswer(call, answer, credentials, host(), suffix);
      } catch (HttpConnectTimeoutException e) {
        failure = unavailable(call, MlflowMessages.unreachable(call, trackingUri, e) + suffix, e);
      } catch (HttpTimeoutException e) {
        failure = unavailable(call, MlflowMessages.noAnswer(call, requestTimeout) + suffix, e);
      } catch (SSLException e) {
        throw new MlflowException(
            MlflowMessages.tlsFailed(call, trackingUri, e), call.toString(), 0, null, e);
      } catch (IOException e) {
        failure = unavailable(call, MlflowMessages.unreachable(call, trackingUri, e) + suffix, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw unavailable(call, MlflowMessages.interrupted(call), e);
      }
      if (attempt >= attempts) {
        throw failure;
      }
      waitBeforeRetry(call, failure, attempt,
          answer == null ? Optional.empty() : answer.retryAfter());
    }
  }

  private void waitBeforeRetry(
      Call call, MlflowException failure, int attempt, Optional<Duration> retryAfter) {
    Duration wait = backoff.delay(attempt, retryAfter);
    log.atWarn().setMessage("MLflow call failed; retrying").addKeyValue("call", call)
        .addKeyValue("failure", failure.getMessage()).addKeyValue("attempt", attempt)
        .addKeyValue("waitMs", wait.toMillis()).log();
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(call, MlflowMessages.interrupted(call), e);
    }
  }

  /** What a transient failure's message ends with when {@code attempt} was the last one. */
  private String suffix(Call call, int attempt) {
    if (!call.retried()) {
      return call == Call.CREATE_VERSION ? MlflowMessages.versionCreationNotRetried() : "";
    }
    return attempt > 1 ? MlflowMessages.gaveUp(attempt) : "";
  }

  private MlflowUnavailableException unavailable(Call call, String message, Exception cause) {
    return new MlflowUnavailableException(
        credentials.redact(message), call.toString(), 0, null, cause);
  }

  /** The {@code Host} header MLflow gets: the tracking URI's host and port. */
  private String host() {
    return trackingUri.getPort() < 0
        ? trackingUri.getHost()
        : trackingUri.getHost() + ":" + trackingUri.getPort();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
