package dev.modelgate.prometheus.internal;

import dev.modelgate.core.spi.MissingKind;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Sends PromQL instant queries to {@code POST <base>/api/v1/query} (form-encoded, so long queries
 * fit) and turns every answer, error and timeout into a {@link QueryResult}. Never throws for a
 * failed query; no text it returns contains the credentials. Thread-safe.
 */
public final class InstantQueryClient {

  private final HttpClient http;
  private final URI endpoint;
  private final String source;
  private final Duration timeout;
  private final Credentials credentials;

  /**
   * A client of the Prometheus at {@code baseUrl}, waiting at most {@code timeout} for each answer.
   */
  public InstantQueryClient(HttpClient http, URI baseUrl, Duration timeout, Credentials credentials) {
    this.http = Objects.requireNonNull(http, "http");
    this.source = Objects.requireNonNull(baseUrl, "baseUrl").toString();
    this.endpoint = URI.create(source.replaceAll("/+$", "") + "/api/v1/query");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  /** The result of {@code query} evaluated at {@code time}, asked as {@code what} (for messages). */
  public QueryResult query(String what, String query, Instant time) {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
        .timeout(timeout)
        .header("Accept", "application/json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(
            "query=" + encode(query)
                + "&time=" + Templates.unixSeconds(time)
                + "&timeout=" + Templates.duration(timeout)));
    credentials.authorization().ifPresent(value -> request.header("Authorization", value));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      return new QueryResult.Failed(
          MissingKind.TIMEOUT, MissingDetails.timedOut(what, source, timeout));
    } catch (IOException e) {
      return failed(MissingDetails.unreachable(what, source, cause(e)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(MissingDetails.interrupted(what, source));
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("no content type");
    QueryResult result = ResponseParser.parse(
        what, query, source, response.statusCode(), contentType, response.body());
    if (result instanceof QueryResult.Failed failed) {
      return new QueryResult.Failed(failed.kind(), credentials.redact(failed.detail()));
    }
    return result;
  }

  /** The base URL, for names and messages. */
  public String source() {
    return source;
  }

  private QueryResult failed(String detail) {
    return new QueryResult.Failed(MissingKind.SOURCE_ERROR, credentials.redact(detail));
  }

  private static String cause(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getName()
        : e.getClass().getName() + ": " + message;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
