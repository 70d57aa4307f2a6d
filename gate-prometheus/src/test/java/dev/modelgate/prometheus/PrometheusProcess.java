package dev.modelgate.prometheus;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Prometheus server (the Debian package's {@code /usr/bin/prometheus}) run as a child
 * process on loopback, with its config and TSDB in a temp directory that {@link #close()} deletes.
 * It scrapes one target every second.
 */
final class PrometheusProcess implements AutoCloseable {

  static final String JOB = "modelgate-test-exporter";

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final Path dir;
  private final Process process;
  private final URI baseUrl;

  private PrometheusProcess(Path dir, Process process, URI baseUrl) {
    this.dir = dir;
    this.process = process;
    this.baseUrl = baseUrl;
  }

  /** Starts Prometheus scraping {@code 127.0.0.1:targetPort} and waits until it is ready. */
  static PrometheusProcess start(int targetPort) throws IOException {
    Path binary = binary();
    Path dir = Files.createTempDirectory("modelgate-prometheus-");
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(config, String.join("\n",
        "global:",
        "  scrape_interval: 1s",
        "  scrape_timeout: 1s",
        "  evaluation_interval: 1s",
        "scrape_configs:",
        "  - job_name: " + JOB,
        "    static_configs:",
        "      - targets: ['127.0.0.1:" + targetPort + "']",
        ""));
    int port = freePort();
    Process process = new ProcessBuilder(
            binary.toString(),
            "--config.file=" + config,
            "--storage.tsdb.path=" + dir.resolve("data"),
            "--web.listen-address=127.0.0.1:" + port,
            "--log.level=warn")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("prometheus.log").toFile())
        .start();
    PrometheusProcess prometheus =
        new PrometheusProcess(dir, process, URI.create("http://127.0.0.1:" + port));
    try {
      prometheus.awaitReady();
    } catch (RuntimeException | Error e) {
      prometheus.close();
      throw e;
    }
    return prometheus;
  }

  /** The server's base URL, such as {@code http://127.0.0.1:41234}. */
  URI baseUrl() {
    return baseUrl;
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(baseUrl.resolve("/-/ready"))
        .timeout(Duration.ofSeconds(2)).build();
    Poll.until(READY_TIMEOUT, "Prometheus at " + baseUrl + " to be ready", () -> {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Prometheus exited with " + process.exitValue() + " before it was ready:\n" + log());
      }
      try {
        int status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
        return status == 200 ? Optional.of(true) : Optional.empty();
      } catch (IOException e) {
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Prometheus", e);
      }
    });
  }

  private String log() {
    try {
      List<String> lines = Files.readAllLines(dir.resolve("prometheus.log"), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Stops the server and deletes its directory. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The Prometheus binary: the system property {@code modelgate.prometheus.binary} if set, else
   * {@code /usr/bin/prometheus} or the first {@code prometheus} on the PATH.
   *
   * @throws IllegalStateException saying how to install it, so that a machine without it fails the
   *     tests instead of skipping them
   */
  static Path binary() {
    String configured = System.getProperty("modelgate.prometheus.binary");
    if (configured != null) {
      if (Files.isExecutable(Path.of(configured))) {
        return Path.of(configured);
      }
      throw new IllegalStateException("modelgate.prometheus.binary = " + configured
          + " is not an executable file: the gate-prometheus tests run against a real Prometheus server;"
          + " .ci/run installs it (apt-get install prometheus)");
    }
    Path debian = Path.of("/usr/bin/prometheus");
    if (Files.isExecutable(debian)) {
      return debian;
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String entry : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry, "prometheus");
      if (!entry.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "no prometheus binary in /usr/bin or on the PATH: the gate-prometheus tests run against a"
            + " real Prometheus server; .ci/run installs it (apt-get install prometheus)");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
