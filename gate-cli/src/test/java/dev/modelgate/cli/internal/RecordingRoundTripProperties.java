package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.PredictionDistribution;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a source observed, {@link RecordingWriter} writes what {@link RecordingReader} reads back. */
class RecordingRoundTripProperties {

  private static final Instant START = Instant.parse("2024-06-01T12:00:00Z");
  private static final Duration LENGTH = Duration.ofSeconds(30);

  @Property(tries = 100)
  void should_read_back_every_recorded_window(@ForAll("recordings") List<WindowObservation> windows)
      throws IOException {
    Path file = Files.createTempFile("recording", ".jsonl");
    try {
      StringBuilder text = new StringBuilder();
      windows.forEach(w -> text.append(RecordingWriter.line(w)).append('\n'));
      Files.writeString(file, text);

      assertThat(RecordingReader.read(file, "r.jsonl", LENGTH)).isEqualTo(windows);
    } finally {
      Files.delete(file);
    }
  }

  /** One window before its number and times are known. */
  private record Part(
      boolean observed, ModelWindowStats champion, ModelWindowStats canary, MissingKind kind,
      String detail) {}

  @Provide
  Arbitrary<List<WindowObservation>> recordings() {
    Arbitrary<Boolean> observed = Arbitraries.integers().between(0, 3).map(i -> i > 0);
    Arbitrary<String> detail = Arbitraries.strings().withCharRange(' ', '~').withChars('é', '×')
        .ofMaxLength(20);
    return Combinators.combine(observed, stats(), stats(), Arbitraries.of(MissingKind.class), detail)
        .as(Part::new)
        .list().ofMinSize(1).ofMaxSize(6)
        .map(RecordingRoundTripProperties::windows);
  }

  private static List<WindowObservation> windows(List<Part> parts) {
    List<WindowObservation> windows = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      Window window = new Window(i + 1, START.plus(LENGTH.multipliedBy(i)),
          START.plus(LENGTH.multipliedBy(i + 1L)));
      windows.add(part.observed()
          ? new WindowObservation.Observed(window, part.champion(), part.canary())
          : new WindowObservation.Missing(window, part.kind(), part.detail()));
    }
    return windows;
  }

  private static Arbitrary<ModelWindowStats> stats() {
    Arbitrary<Long> requests = Arbitraries.longs().between(0, 1_000_000);
    Arbitrary<Map<Double, Duration>> latency =
        Arbitraries.longs().between(0, 5_000_000_000L).list().ofMaxSize(3).map(nanos -> {
          Map<Double, Duration> map = new LinkedHashMap<>();
          double[] quantiles = {0.5, 0.95, 0.99};
          for (int i = 0; i < nanos.size(); i++) {
            map.put(quantiles[i], Duration.ofNanos(nanos.get(i)));
          }
          return map;
        });
    return Combinators.combine(requests, Arbitraries.doubles().between(0, 1), latency,
            predictions().optional())
        .as((n, errorShare, lat, predictions) ->
            new ModelWindowStats(n, (long) Math.floor(n * errorShare), lat, predictions));
  }

  private static Arbitrary<PredictionDistribution> predictions() {
    Arbitrary<PredictionDistribution> scores = Arbitraries.doubles().between(-1e6, 1e6)
        .map(score -> score == 0 ? 0.0 : score)
        .array(double[].class).ofMaxSize(5).map(PredictionDistribution.ScoreSample::new);
    Arbitrary<PredictionDistribution> histogram = Arbitraries.longs().between(0, 1000)
        .list().ofMinSize(1).ofMaxSize(4).map(counts -> {
          double[] bounds = new double[counts.size()];
          long[] cumulative = new long[counts.size()];
          long sum = 0;
          for (int i = 0; i < counts.size(); i++) {
            bounds[i] = i == counts.size() - 1 ? Double.POSITIVE_INFINITY : 0.25 * (i + 1);
            sum += counts.get(i);
            cumulative[i] = sum;
          }
          return new PredictionDistribution.ScoreHistogram(bounds, cumulative);
        });
    Arbitrary<PredictionDistribution> classes = Arbitraries.maps(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            Arbitraries.longs().between(0, 10_000))
        .ofMaxSize(4).map(PredictionDistribution.ClassCounts::new);
    return Arbitraries.oneOf(scores, histogram, classes);
  }
}
