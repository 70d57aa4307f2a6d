package dev.modelgate.cli.internal;

import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Canary metrics that append every window another source observed to a recording ({@code gate
 * canary --record-metrics}), one line as each window is read, so that the run can be replayed with
 * {@code --metrics-file}. A window that cannot be written is logged at WARN and ends the recording;
 * the analysis still gets the window. Thread-safe.
 */
public final class MetricsRecorder implements CanaryMetrics {

  private static final Logger log = LoggerFactory.getLogger(MetricsRecorder.class);

  private final CanaryMetrics source;
  private final Path file;
  private boolean failed;

  private MetricsRecorder(CanaryMetrics source, Path file) {
    this.source = source;
    this.file = file;
  }

  /**
   * Records what {@code source} observes to {@code file}, which is created empty now (with its
   * directories), replacing any earlier file.
   *
   * @throws IOException if the file cannot be created
   */
  public static MetricsRecorder open(CanaryMetrics source, Path file) throws IOException {
    Objects.requireNonNull(source, "source");
    Path parent = Objects.requireNonNull(file, "file").toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, new byte[0]);
    return new MetricsRecorder(source, file);
  }

  /** The source's name. */
  @Override
  public String name() {
    return source.name();
  }

  @Override
  public synchronized WindowObservation observe(Window window) {
    WindowObservation observation = source.observe(window);
    if (!failed) {
      try {
        byte[] line = (RecordingWriter.line(observation) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, line, StandardOpenOption.APPEND);
      } catch (IOException e) {
        failed = true;
        log.atWarn()
            .setMessage("the canary recording stops: a window could not be written")
            .addKeyValue("file", file)
            .addKeyValue("window", window.index())
            .addKeyValue("error", e.toString())
            .log();
      }
    }
    return observation;
  }
}
