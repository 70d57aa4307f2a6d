package dev.modelgate.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The fixture of the tests against a real server: the {@link TestExporter} and the {@link
 * PrometheusProcess} scraping it, started once for the whole test run by {@link
 * RealPrometheusExtension} and closed at its end.
 */
final class RealPrometheus implements AutoCloseable {

  /** How long a test waits for one scrape: many scrape intervals, for a busy machine. */
  private static final Duration SCRAPE_TIMEOUT = Duration.ofSeconds(30);
  /** Prometheus may shift a scrape's timestamp by up to 2 ms to align it; stay clear of that. */
  private static final Duration ALIGNMENT_MARGIN = Duration.ofMillis(20);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestExporter exporter;
  private final PrometheusProcess prometheus;
  private final HttpClient http = HttpClient.newHttpClient();

  private RealPrometheus(TestExporter exporter, PrometheusProcess prometheus) {
    this.exporter = exporter;
    this.prometheus = prometheus;
  }

  /** Starts the exporter and a Prometheus scraping it. */
  static RealPrometheus start() throws IOException {
    PrometheusProcess.binary();
    TestExporter exporter = new TestExporter();
    try {
      return new RealPrometheus(exporter, PrometheusProcess.start(exporter.port()));
    } catch (IOException | RuntimeException e) {
      exporter.close();
      throw e;
    }
  }

  TestExporter exporter() {
    return exporter;
  }

  URI baseUrl() {
    return prometheus.baseUrl();
  }

  /**
   * Waits for a scrape of the exporter that started after {@code instant}, so that it saw
   * everything the test did before {@code instant}, and returns its timestamp.
   */
  Instant scrapeAfter(Instant instant) {
    Instant after = instant.plus(ALIGNMENT_MARGIN);
    return Poll.until(SCRAPE_TIMEOUT, "a scrape after " + instant, () -> lastScrape().filter(after::isBefore));
  }

  /** Waits for a scrape that started after now. */
  Instant nextScrape() {
    return scrapeAfter(Instant.now());
  }

  private Optional<Instant> lastScrape() {
    return value("timestamp(up{job=\"" + PrometheusProcess.JOB + "\"})", "")
        .map(seconds -> Instant.ofEpochMilli(Math.round(seconds * 1000)));
  }

  /** The value of the one-sample {@code query} at {@code time}, asked directly, for comparisons. */
  double valueAt(String query, Instant time) {
    String seconds = java.math.BigDecimal.valueOf(time.toEpochMilli(), 3).toPlainString();
    return value(query, "&time=" + seconds)
        .orElseThrow(() -> new AssertionError("no value for " + query + " at " + time));
  }

  private Optional<Double> value(String query, String parameters) {
    URI uri = baseUrl().resolve(
        "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + parameters);
    try {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode value = JSON.readTree(response.body()).path("data").path("result").path(0).path("value").path(1);
      return value.isTextual() ? Optional.of(Double.parseDouble(value.asText())) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking Prometheus", e);
    }
  }

  @Override
  public void close() {
    try {
      prometheus.close();
    } finally {
      exporter.close();
    }
  }
}
