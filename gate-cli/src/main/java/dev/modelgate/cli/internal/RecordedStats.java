package dev.modelgate.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.PredictionDistribution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads what one model did in one recorded canary window: {@code requests}, {@code errors}, and
 * optionally {@code latencyMillis} (quantile to milliseconds) and {@code predictions} (exactly one
 * of {@code scores}, {@code histogram}, {@code classes}). Stateless and thread-safe.
 */
final class RecordedStats {

  static final List<String> FIELDS = List.of("requests", "errors", "latencyMillis", "predictions");
  private static final List<String> PREDICTIONS = List.of("scores", "histogram", "classes");
  private static final List<String> HISTOGRAM = List.of("upperBounds", "cumulativeCounts");

  private RecordedStats() {}

  /** The statistics of {@code side}; null when it has problems, which are added to the line's. */
  static @Nullable ModelWindowStats read(RecordFields side, String name) {
    int before = side.problemCount();
    side.onlyKnown(FIELDS);
    long requests = side.whole("requests");
    long errors = side.whole("errors");
    if (requests >= 0 && errors > requests) {
      side.problem(RecordingMessages.moreErrorsThanRequests(
          side.file(), side.line(), name, errors, requests));
    }
    Map<Double, Duration> latency = latency(side.object("latencyMillis", false));
    Optional<PredictionDistribution> predictions = predictions(side.object("predictions", false));
    if (side.problemCount() > before) {
      return null;
    }
    return new ModelWindowStats(requests, errors, latency, predictions);
  }

  private static Map<Double, Duration> latency(@Nullable RecordFields object) {
    Map<Double, Duration> latency = new HashMap<>();
    if (object == null) {
      return latency;
    }
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String field = object.field("\"" + entry.getKey() + "\"");
      Double quantile = quantile(entry.getKey());
      if (quantile == null) {
        object.problem(RecordingMessages.expected(object.file(), object.line(), field,
            "a quantile in (0, 1) as the key, such as \"0.99\"", "\"" + entry.getKey() + "\""));
        continue;
      }
      BigDecimal millis = object.number(field, entry.getValue());
      if (millis != null && millis.signum() < 0) {
        object.problem(RecordingMessages.expected(object.file(), object.line(), field,
            "milliseconds >= 0", millis.toPlainString()));
      } else if (millis != null) {
        long nanos = millis.movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValue();
        latency.put(quantile, Duration.ofNanos(nanos));
      }
    }
    return latency;
  }

  private static @Nullable Double quantile(String key) {
    try {
      BigDecimal q = new BigDecimal(key);
      return q.signum() > 0 && q.compareTo(BigDecimal.ONE) < 0 ? q.doubleValue() : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Optional<PredictionDistribution> predictions(@Nullable RecordFields object) {
    if (object == null) {
      return Optional.empty();
    }
    object.onlyKnown(PREDICTIONS);
    long kinds = PREDICTIONS.stream().filter(object::has).count();
    if (kinds != 1) {
      object.problem(RecordingMessages.onePredictionKind(object.file(), object.line(),
          object.path()));
      return Optional.empty();
    }
    if (object.has("scores")) {
      return scores(object);
    }
    if (object.has("histogram")) {
      return histogram(object.object("histogram", true));
    }
    return classes(object.object("classes", true));
  }

  private static Optional<PredictionDistribution> scores(RecordFields object) {
    JsonNode scores = object.get("scores");
    String field = object.field("scores");
    if (scores == null || !scores.isArray()) {
      object.problem(RecordingMessages.expected(object.file(), object.line(), field,
          "an array of numbers", scores == null ? "nothing" : RecordFields.shown(scores)));
      return Optional.empty();
    }
    double[] values = new double[scores.size()];
    int before = object.problemCount();
    for (int i = 0; i < values.length; i++) {
      BigDecimal value = object.number(field + "[" + i + "]", scores.get(i));
      values[i] = value == null ? 0 : value.doubleValue();
    }
    return object.problemCount() > before
        ? Optional.empty()
        : Optional.of(new PredictionDistribution.ScoreSample(values));
  }

  private static Optional<PredictionDistribution> histogram(@Nullable RecordFields object) {
    if (object == null) {
      return Optional.empty();
    }
    object.onlyKnown(HISTOGRAM);
    JsonNode bounds = object.get("upperBounds");
    JsonNode counts = object.get("cumulativeCounts");
    int before = object.problemCount();
    double[] upper = new double[array(object, "upperBounds", bounds)];
    long[] cumulative = new long[array(object, "cumulativeCounts", counts)];
    for (int i = 0; i < upper.length; i++) {
      JsonNode bound = bounds.get(i);
      if (bound.isTextual() && bound.asText().equals("+Inf")) {
        upper[i] = Double.POSITIVE_INFINITY;
      } else {
        BigDecimal value = object.number(object.field("upperBounds") + "[" + i + "]", bound);
        upper[i] = value == null ? 0 : value.doubleValue();
      }
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] = object.whole(object.field("cumulativeCounts") + "[" + i + "]", counts.get(i));
    }
    if (object.problemCount() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PredictionDistribution.ScoreHistogram(upper, cumulative));
    } catch (IllegalArgumentException e) {
      object.problem(RecordingMessages.badHistogram(object.file(), object.line(),
          object.path(), String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  /** The length of the array under {@code name}; 0, with a problem, when it is not an array. */
  private static int array(RecordFields object, String name, @Nullable JsonNode value) {
    if (value == null) {
      object.problem(RecordingMessages.missingField(object.file(), object.line(), object.field(name)));
      return 0;
    }
    if (!value.isArray()) {
      object.problem(RecordingMessages.expected(object.file(), object.line(), object.field(name),
          "an array", RecordFields.shown(value)));
      return 0;
    }
    return value.size();
  }

  private static Optional<PredictionDistribution> classes(@Nullable RecordFields object) {
    if (object == null) {
      return Optional.empty();
    }
    Map<String, Long> counts = new HashMap<>();
    int before = object.problemCount();
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      counts.put(entry.getKey(),
          object.whole(object.field("\"" + entry.getKey() + "\""), entry.getValue()));
    }
    return object.problemCount() > before
        ? Optional.empty()
        : Optional.of(new PredictionDistribution.ClassCounts(counts));
  }
}
