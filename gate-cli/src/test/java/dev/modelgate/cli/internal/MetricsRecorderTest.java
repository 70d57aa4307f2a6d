package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsRecorderTest {

  private static final Instant START = Instant.parse("2024-06-01T12:00:00Z");

  @TempDir Path dir;

  private final CanaryMetrics source = new CanaryMetrics() {
    @Override
    public String name() {
      return "prometheus:http://127.0.0.1:9090";
    }

    @Override
    public WindowObservation observe(Window window) {
      return new WindowObservation.Missing(window, MissingKind.TIMEOUT, "query timed out");
    }
  };

  @Test
  void should_replace_an_old_recording_and_append_each_window_as_it_is_read() throws IOException {
    Path file = dir.resolve("runs/recording.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "an older run\n");

    MetricsRecorder recorder = MetricsRecorder.open(source, file);
    assertThat(file).isEmptyFile();
    recorder.observe(new Window(1, START, START.plusSeconds(60)));
    recorder.observe(new Window(2, START.plusSeconds(60), START.plusSeconds(120)));

    assertThat(Files.readAllLines(file)).containsExactly(
        "{\"window\":1,\"start\":\"2024-06-01T12:00:00Z\",\"end\":\"2024-06-01T12:01:00Z\","
            + "\"missing\":\"TIMEOUT\",\"detail\":\"query timed out\"}",
        "{\"window\":2,\"start\":\"2024-06-01T12:01:00Z\",\"end\":\"2024-06-01T12:02:00Z\","
            + "\"missing\":\"TIMEOUT\",\"detail\":\"query timed out\"}");
    assertThat(recorder.name()).isEqualTo("prometheus:http://127.0.0.1:9090");
  }

  @Test
  void should_keep_serving_windows_when_the_recording_cannot_be_written() throws IOException {
    Path file = dir.resolve("recording.jsonl");
    MetricsRecorder recorder = MetricsRecorder.open(source, file);
    Files.delete(file);
    Files.createDirectory(file);

    WindowObservation observation = recorder.observe(new Window(1, START, START.plusSeconds(60)));

    assertThat(observation).isInstanceOf(WindowObservation.Missing.class);
    assertThat(file).isDirectory();
  }
}
