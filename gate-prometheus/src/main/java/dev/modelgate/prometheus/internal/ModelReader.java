package dev.modelgate.prometheus.internal;

import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.PredictionDistribution;
import dev.modelgate.core.spi.Window;
import dev.modelgate.prometheus.CanaryQueries;
import dev.modelgate.prometheus.LatencyQuery;
import dev.modelgate.prometheus.PredictionQuery;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one model's statistics for one window, query by query (requests, errors, each latency
 * quantile, predictions), and stops at the first gap with a {@link WindowGap}. Every query is an
 * instant query at the window's end over the window's range. Thread-safe.
 */
public final class ModelReader {

  private static final Logger log = LoggerFactory.getLogger(ModelReader.class);

  private final InstantQueryClient client;
  private final CanaryQueries queries;

  /** A reader of {@code queries} through {@code client}. */
  public ModelReader(InstantQueryClient client, CanaryQueries queries) {
    this.client = Objects.requireNonNull(client, "client");
    this.queries = Objects.requireNonNull(queries, "queries");
  }

  /**
   * What the model labelled {@code model} did in {@code window}; {@code role} ("champion" or
   * "canary") names it in messages.
   *
   * @throws WindowGap at the first query without a usable answer
   */
  public ModelWindowStats read(String role, String model, Window window) {
    Map<String, String> quoted = new HashMap<>(queries.variables());
    quoted.put(Templates.MODEL, model);
    Map<String, String> literal = new HashMap<>();
    literal.put(Templates.WINDOW, Templates.range(window.start(), window.end()));

    String requestsQuery = Templates.render(queries.requests(), quoted, literal);
    long requests = count(role + " requests", requestsQuery, window);
    if (requests == 0) {
      throw new WindowGap(MissingKind.NO_TRAFFIC, MissingDetails.noTraffic(role, requestsQuery));
    }
    String errorsQuery = Templates.render(queries.errors(), quoted, literal);
    long errors = count(role + " errors", errorsQuery, window);
    if (errors > requests) {
      throw new WindowGap(
          MissingKind.SOURCE_ERROR, MissingDetails.errorsExceedRequests(role, errors, requests));
    }
    Map<Double, Duration> latency = new LinkedHashMap<>();
    Optional<LatencyQuery> latencyQuery = queries.latency();
    if (latencyQuery.isPresent()) {
      for (double q : latencyQuery.get().quantiles()) {
        literal.put(Templates.QUANTILE, Templates.quantile(q));
        String query = Templates.render(latencyQuery.get().template(), quoted, literal);
        latency.put(q, latency(role + " latency " + Templates.percentileName(q), query, window, latencyQuery.get()));
      }
      literal.remove(Templates.QUANTILE);
    }
    Optional<PredictionDistribution> predictions = Optional.empty();
    if (queries.predictions().isPresent()) {
      predictions = Optional.of(predictions(role, queries.predictions().get(), quoted, literal, window));
    }
    return new ModelWindowStats(requests, errors, latency, predictions);
  }

  private long count(String what, String query, Window window) {
    return Samples.count(what, query, Samples.single(what, query, ask(what, query, window)));
  }

  private Duration latency(String what, String query, Window window, LatencyQuery latencyQuery) {
    double value = Samples.single(what, query, ask(what, query, window));
    if (value < 0) {
      throw new WindowGap(MissingKind.SOURCE_ERROR, MissingDetails.negativeLatency(what, value, query));
    }
    return Duration.ofNanos(Math.round(value * latencyQuery.unit().getDuration().toNanos()));
  }

  private PredictionDistribution predictions(
      String role, PredictionQuery prediction, Map<String, String> quoted, Map<String, String> literal, Window window) {
    String query = Templates.render(prediction.template(), quoted, literal);
    if (prediction instanceof PredictionQuery.ClassCounts classes) {
      String what = role + " class counts";
      return Distributions.classCounts(what, query, classes.classLabel(), ask(what, query, window));
    }
    String what = role + " score buckets";
    return Distributions.scoreHistogram(what, query, ask(what, query, window));
  }

  private QueryResult ask(String what, String query, Window window) {
    QueryResult result = client.query(what, query, window.end());
    log.atDebug()
        .addKeyValue("window", window.index())
        .addKeyValue("what", what)
        .addKeyValue("query", query)
        .addKeyValue("result", result)
        .log("prometheus query");
    if (result instanceof QueryResult.Samples samples) {
      samples.warnings().forEach(warning -> log.atWarn()
          .addKeyValue("window", window.index())
          .addKeyValue("what", what)
          .addKeyValue("warning", warning)
          .log("prometheus warned about a canary query"));
    }
    return result;
  }
}
