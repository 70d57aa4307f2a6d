package dev.modelgate.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.PredictionDistribution;
import dev.modelgate.core.spi.WindowObservation;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes canary windows in the recording format that {@link RecordingReader} reads: one JSON
 * object per line, without a line break, latencies in milliseconds under their quantiles, an
 * infinite histogram bound as {@code "+Inf"}. Stateless and thread-safe.
 */
public final class RecordingWriter {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private RecordingWriter() {}

  /** {@code observation} as one line of the recording format. */
  public static String line(WindowObservation observation) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("window", observation.window().index());
    node.put("start", observation.window().start().toString());
    node.put("end", observation.window().end().toString());
    if (observation instanceof WindowObservation.Observed observed) {
      node.set("champion", stats(observed.champion()));
      node.set("canary", stats(observed.canary()));
    } else if (observation instanceof WindowObservation.Missing missing) {
      node.put("missing", missing.kind().name());
      node.put("detail", missing.detail());
    }
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode stats(ModelWindowStats stats) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("requests", stats.requests());
    node.put("errors", stats.errors());
    if (!stats.latency().isEmpty()) {
      ObjectNode latency = node.putObject("latencyMillis");
      for (Map.Entry<Double, Duration> entry : new TreeMap<>(stats.latency()).entrySet()) {
        latency.put(BigDecimal.valueOf(entry.getKey()).toPlainString(), millis(entry.getValue()));
      }
    }
    stats.predictions().ifPresent(p -> node.set("predictions", predictions(p)));
    return node;
  }

  private static BigDecimal millis(Duration duration) {
    BigDecimal millis = BigDecimal.valueOf(duration.toNanos(), 6).stripTrailingZeros();
    return millis.scale() < 0 ? millis.setScale(0) : millis;
  }

  private static ObjectNode predictions(PredictionDistribution distribution) {
    ObjectNode node = MAPPER.createObjectNode();
    if (distribution instanceof PredictionDistribution.ScoreSample sample) {
      ArrayNode scores = node.putArray("scores");
      for (double score : sample.scores()) {
        scores.add(score);
      }
    } else if (distribution instanceof PredictionDistribution.ScoreHistogram histogram) {
      ObjectNode buckets = node.putObject("histogram");
      ArrayNode bounds = buckets.putArray("upperBounds");
      for (double bound : histogram.upperBounds()) {
        if (bound == Double.POSITIVE_INFINITY) {
          bounds.add("+Inf");
        } else {
          bounds.add(bound);
        }
      }
      ArrayNode counts = buckets.putArray("cumulativeCounts");
      for (long count : histogram.cumulativeCounts()) {
        counts.add(count);
      }
    } else if (distribution instanceof PredictionDistribution.ClassCounts classes) {
      ObjectNode counts = node.putObject("classes");
      new TreeMap<>(classes.counts()).forEach(counts::put);
    }
    return node;
  }
}
