package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.PredictionDistribution;
import dev.modelgate.core.spi.WindowObservation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recording format: what each field means, and the exact message of each problem. */
class RecordingReaderTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final String TIMES =
      "\"window\":1,\"start\":\"2024-06-01T12:00:00Z\",\"end\":\"2024-06-01T12:01:00Z\",";

  @TempDir Path dir;

  private List<WindowObservation> read(String... lines) throws IOException {
    Path file = TestFiles.write(dir, "w.jsonl", String.join("\n", lines) + "\n");
    return RecordingReader.read(file, "w.jsonl", MINUTE);
  }

  private String problems(String... lines) {
    Throwable thrown = catchThrowable(() -> read(lines));
    assertThat(thrown).isInstanceOf(InputException.class);
    return thrown.getMessage();
  }

  @Test
  void should_read_both_models_with_latency_and_each_kind_of_predictions() throws IOException {
    List<WindowObservation> windows = read("\uFEFF{" + TIMES
        + "\"champion\":{\"requests\":800,\"errors\":4,\"latencyMillis\":{\"0.99\":80.5},"
        + "\"predictions\":{\"histogram\":{\"upperBounds\":[0.5,\"+Inf\"],"
        + "\"cumulativeCounts\":[300,800]}}},"
        + "\"canary\":{\"requests\":200,\"errors\":0,\"predictions\":{\"scores\":[0.25,0.75]}}}");

    WindowObservation.Observed observed = (WindowObservation.Observed) windows.get(0);
    ModelWindowStats champion = observed.champion();
    assertThat(observed.window().index()).isEqualTo(1);
    assertThat(champion.requests()).isEqualTo(800);
    assertThat(champion.latency()).containsEntry(0.99, Duration.ofNanos(80_500_000));
    assertThat(champion.predictions()).contains(new PredictionDistribution.ScoreHistogram(
        new double[] {0.5, Double.POSITIVE_INFINITY}, new long[] {300, 800}));
    assertThat(observed.canary().latency()).isEmpty();
    assertThat(observed.canary().predictions())
        .contains(new PredictionDistribution.ScoreSample(new double[] {0.25, 0.75}));
  }

  @Test
  void should_read_a_missing_window_with_or_without_detail() throws IOException {
    List<WindowObservation> windows = read("{" + TIMES + "\"missing\":\"TIMEOUT\"}");

    assertThat(windows.get(0)).isInstanceOf(WindowObservation.Missing.class);
    WindowObservation.Missing missing = (WindowObservation.Missing) windows.get(0);
    assertThat(missing.kind()).isEqualTo(MissingKind.TIMEOUT);
    assertThat(missing.detail()).isEmpty();
  }

  @Test
  void should_name_each_bad_field_with_its_path() {
    String message = problems("{" + TIMES + "\"extra\":1,"
        + "\"champion\":{\"requests\":-1,\"errors\":\"4\",\"latencyMillis\":{\"p99\":80}},"
        + "\"canary\":{\"requests\":10,\"errors\":11,\"predictions\":{\"classes\":{\"a\":1.5},"
        + "\"scores\":[]}}}");

    assertThat(message).isEqualTo(String.join("\n",
        "w.jsonl:1: extra: unknown field; expected one of window, start, end, champion, canary,"
            + " missing, detail",
        "w.jsonl:1: champion.requests: expected a whole number >= 0, got -1",
        "w.jsonl:1: champion.errors: expected a whole number >= 0, got \"4\"",
        "w.jsonl:1: champion.latencyMillis.\"p99\": expected a quantile in (0, 1) as the key, such"
            + " as \"0.99\", got \"p99\"",
        "w.jsonl:1: canary.errors: 11 errors out of 10 requests",
        "w.jsonl:1: canary.predictions: give exactly one of scores, histogram, classes"));
  }

  @Test
  void should_refuse_a_window_that_is_both_observed_and_missing_and_one_that_is_neither() {
    assertThat(problems("{" + TIMES + "\"missing\":\"NO_TRAFFIC\",\"canary\":{}}"))
        .isEqualTo("w.jsonl:1: missing and champion/canary both given: a window is either"
            + " observed or missing");
    assertThat(problems("{" + TIMES + "\"champion\":{\"requests\":1,\"errors\":0}}"))
        .isEqualTo("w.jsonl:1: canary: required field is missing");
  }

  @Test
  void should_refuse_bad_times_and_histograms() {
    assertThat(problems("{\"window\":1,\"start\":\"noon\",\"end\":\"2024-06-01T12:00:00Z\","
        + "\"missing\":\"TIMEOUT\"}"))
        .isEqualTo("w.jsonl:1: start: expected an ISO-8601 instant such as"
            + " \"2024-06-01T12:00:00Z\", got \"noon\"");
    assertThat(problems("{\"window\":1,\"start\":\"2024-06-01T12:01:00Z\","
        + "\"end\":\"2024-06-01T12:00:00Z\",\"missing\":\"TIMEOUT\"}"))
        .isEqualTo("w.jsonl:1: end 2024-06-01T12:00:00Z is not after start 2024-06-01T12:01:00Z");
    assertThat(problems("{" + TIMES + "\"champion\":{\"requests\":1,\"errors\":0,\"predictions\":"
        + "{\"histogram\":{\"upperBounds\":[1,0.5],\"cumulativeCounts\":[1,1]}}},"
        + "\"canary\":{\"requests\":1,\"errors\":0}}"))
        .isEqualTo("w.jsonl:1: champion.predictions.histogram: upperBounds[1] = 0.5 does not"
            + " increase strictly");
  }

  @Test
  void should_refuse_an_empty_recording_and_stop_after_twenty_problems() {
    assertThat(problems("", "  ")).isEqualTo("w.jsonl: no windows: expected one JSON object per line");
    String[] bad = new String[30];
    Arrays.fill(bad, "[]");

    assertThat(problems(bad).split("\n"))
        .hasSize(21)
        .endsWith("w.jsonl: more problems may follow; fix these first");
  }

  @Test
  void should_name_a_missing_file() {
    assertThatThrownBy(() -> RecordingReader.read(dir.resolve("none.jsonl"), "none.jsonl", MINUTE))
        .isInstanceOf(InputException.class)
        .hasMessage("none.jsonl: no such file");
  }
}
