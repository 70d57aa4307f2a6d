package dev.modelgate.prometheus;

import dev.modelgate.prometheus.internal.ConfigProblems;
import dev.modelgate.prometheus.internal.Templates;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link CanaryQueries}, starting from the defaults. Either name the metrics and let the
 * builder write the usual queries ({@link #modelLabel}, {@link #requestCounter}, {@link
 * #errorMatcher}, {@link #latencyHistogram}, {@link #scoreHistogram}, {@link #classCounter}), or
 * write a template yourself ({@link #requestsQuery} and the like), which wins over the names.
 * {@link #build()} checks every template and reports all problems at once. Not thread-safe;
 * reusable after {@code build()}.
 */
public final class CanaryQueriesBuilder {

  private static final Pattern LABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern METRIC = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*");
  private static final Set<String> RESERVED =
      Set.of(Templates.MODEL, Templates.WINDOW, Templates.QUANTILE);

  private String modelLabel = "model";
  private String requestCounter = "http_requests_total";
  private String errorMatcher = "status=~\"5..\"";
  private @Nullable String latencyHistogram = "http_request_duration_seconds";
  private ChronoUnit latencyUnit = ChronoUnit.SECONDS;
  private List<Double> quantiles = List.of(0.5, 0.95, 0.99);
  private @Nullable String requestsQuery;
  private @Nullable String errorsQuery;
  private @Nullable String latencyQuery;
  private @Nullable Function<String, PredictionQuery> predictions;
  private @Nullable String predictionMetric;
  private final Map<String, String> variables = new LinkedHashMap<>();

  CanaryQueriesBuilder() {}

  /** The label whose value tells the models apart in the generated queries; default {@code model}. */
  public CanaryQueriesBuilder modelLabel(String label) {
    this.modelLabel = Objects.requireNonNull(label, "label");
    return this;
  }

  /** The counter of requests, one series per model and status; default {@code http_requests_total}. */
  public CanaryQueriesBuilder requestCounter(String metric) {
    this.requestCounter = Objects.requireNonNull(metric, "metric");
    return this;
  }

  /**
   * The label matcher that selects failed requests of the request counter; default {@code
   * status=~"5.."}, or for example {@code error="true"} or {@code response_code_class="5xx"}.
   */
  public CanaryQueriesBuilder errorMatcher(String matcher) {
    this.errorMatcher = Objects.requireNonNull(matcher, "matcher");
    return this;
  }

  /**
   * The classic latency histogram (its name without {@code _bucket}) and its unit; default {@code
   * http_request_duration_seconds} in {@link ChronoUnit#SECONDS}.
   */
  public CanaryQueriesBuilder latencyHistogram(String metric, ChronoUnit unit) {
    this.latencyHistogram = Objects.requireNonNull(metric, "metric");
    this.latencyUnit = Objects.requireNonNull(unit, "unit");
    return this;
  }

  /** The latency quantiles to read; default {@code 0.5, 0.95, 0.99}. */
  public CanaryQueriesBuilder latencyQuantiles(double... quantiles) {
    List<Double> copy = new ArrayList<>();
    for (double q : quantiles) {
      copy.add(q);
    }
    this.quantiles = copy;
    return this;
  }

  /** Reads no latency: the statistics' latency map stays empty. */
  public CanaryQueriesBuilder withoutLatency() {
    this.latencyHistogram = null;
    this.latencyQuery = null;
    return this;
  }

  /** Reads scores from the classic histogram {@code metric} (without {@code _bucket}). */
  public CanaryQueriesBuilder scoreHistogram(String metric) {
    this.predictionMetric = Objects.requireNonNull(metric, "metric");
    this.predictions = selector -> new PredictionQuery.ScoreBuckets(
        "sum by (le) (increase(" + metric + "_bucket{" + selector + "}[$window]))");
    return this;
  }

  /** Reads predicted classes from the counter {@code metric}, whose label {@code classLabel} names the class. */
  public CanaryQueriesBuilder classCounter(String metric, String classLabel) {
    this.predictionMetric = Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(classLabel, "classLabel");
    this.predictions = selector -> new PredictionQuery.ClassCounts(
        "sum by (" + classLabel + ") (increase(" + metric + "{" + selector + "}[$window]))", classLabel);
    return this;
  }

  /** Reads no predictions (the default). */
  public CanaryQueriesBuilder withoutPredictions() {
    this.predictions = null;
    this.predictionMetric = null;
    return this;
  }

  /** The template of the request count, such as {@code sum(increase(my_requests{svc="$model"}[$window]))}. */
  public CanaryQueriesBuilder requestsQuery(String template) {
    this.requestsQuery = Objects.requireNonNull(template, "template");
    return this;
  }

  /** The template of the error count; an empty result is a gap, so write {@code ... or 0 * <requests>} to read "no error series" as zero. */
  public CanaryQueriesBuilder errorsQuery(String template) {
    this.errorsQuery = Objects.requireNonNull(template, "template");
    return this;
  }

  /** The template of one latency quantile, with {@code $quantile}, and the unit of its result. */
  public CanaryQueriesBuilder latencyQuery(String template, ChronoUnit unit) {
    this.latencyQuery = Objects.requireNonNull(template, "template");
    this.latencyUnit = Objects.requireNonNull(unit, "unit");
    return this;
  }

  /** The template of the score buckets: one series per {@code le}. */
  public CanaryQueriesBuilder scoreBucketsQuery(String template) {
    PredictionQuery query = new PredictionQuery.ScoreBuckets(Objects.requireNonNull(template, "template"));
    this.predictions = selector -> query;
    this.predictionMetric = null;
    return this;
  }

  /** The template of the class counts: one series per value of {@code classLabel}. */
  public CanaryQueriesBuilder classCountsQuery(String template, String classLabel) {
    PredictionQuery query = new PredictionQuery.ClassCounts(
        Objects.requireNonNull(template, "template"), Objects.requireNonNull(classLabel, "classLabel"));
    this.predictions = selector -> query;
    this.predictionMetric = null;
    return this;
  }

  /** Declares the placeholder {@code $name}, filled in with {@code value} escaped for a PromQL string. */
  public CanaryQueriesBuilder variable(String name, String value) {
    variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * The queries.
   *
   * @throws InvalidPrometheusConfigException listing every problem
   */
  public CanaryQueries build() {
    List<String> problems = new ArrayList<>();
    checkNames(problems);
    String selector = modelLabel + "=\"$model\"";
    String requests = requestsQuery != null
        ? requestsQuery
        : "sum(increase(" + requestCounter + "{" + selector + "}[$window]))";
    String errors = errorsQuery != null
        ? errorsQuery
        : "sum(increase(" + requestCounter + "{" + selector + "," + errorMatcher + "}[$window]))"
            + " or 0 * sum(increase(" + requestCounter + "{" + selector + "}[$window]))";
    checkTemplate("requests", requests, false, problems);
    checkTemplate("errors", errors, false, problems);
    LatencyQuery latency = latency(selector, problems);
    PredictionQuery prediction = prediction(selector, problems);
    if (!problems.isEmpty()) {
      throw new InvalidPrometheusConfigException(problems);
    }
    return new CanaryQueries(requests, errors, latency, prediction, variables);
  }

  private @Nullable LatencyQuery latency(String selector, List<String> problems) {
    String template = latencyQuery != null
        ? latencyQuery
        : latencyHistogram == null
            ? null
            : "histogram_quantile($quantile, sum by (le) (rate(" + latencyHistogram + "_bucket{"
                + selector + "}[$window])))";
    if (template == null) {
      return null;
    }
    checkTemplate("latency", template, true, problems);
    if (latencyUnit.isDurationEstimated()) {
      problems.add(ConfigProblems.estimatedUnit(latencyUnit));
    }
    if (quantiles.isEmpty()) {
      problems.add(ConfigProblems.noQuantiles());
    }
    Set<Double> seen = new LinkedHashSet<>();
    for (double q : quantiles) {
      if (!(q > 0 && q < 1)) {
        problems.add(ConfigProblems.quantileOutOfRange(q));
      } else if (!seen.add(q)) {
        problems.add(ConfigProblems.quantileTwice(q));
      }
    }
    return new LatencyQuery(template, latencyUnit, List.copyOf(seen));
  }

  private @Nullable PredictionQuery prediction(String selector, List<String> problems) {
    if (predictions == null) {
      return null;
    }
    PredictionQuery query = predictions.apply(selector);
    if (predictionMetric != null && !METRIC.matcher(predictionMetric).matches()) {
      problems.add(ConfigProblems.badMetricName("prediction metric", predictionMetric));
    }
    if (query instanceof PredictionQuery.ClassCounts c && !LABEL.matcher(c.classLabel()).matches()) {
      problems.add(ConfigProblems.badLabelName("class label", c.classLabel()));
    }
    String name = query instanceof PredictionQuery.ScoreBuckets ? "score buckets" : "class counts";
    checkTemplate(name, query.template(), false, problems);
    return query;
  }

  private void checkNames(List<String> problems) {
    if (!LABEL.matcher(modelLabel).matches()) {
      problems.add(ConfigProblems.badLabelName("model label", modelLabel));
    }
    if (!METRIC.matcher(requestCounter).matches()) {
      problems.add(ConfigProblems.badMetricName("request counter", requestCounter));
    }
    if (latencyHistogram != null && !METRIC.matcher(latencyHistogram).matches()) {
      problems.add(ConfigProblems.badMetricName("latency histogram", latencyHistogram));
    }
    variables.keySet().forEach(name -> {
      if (RESERVED.contains(name)) {
        problems.add(ConfigProblems.reservedVariable(name));
      } else if (!LABEL.matcher(name).matches()) {
        problems.add(ConfigProblems.badVariableName(name));
      }
    });
  }

  private void checkTemplate(String name, String template, boolean latency, List<String> problems) {
    if (template.isBlank()) {
      problems.add(ConfigProblems.blankQuery(name));
      return;
    }
    Set<String> used = Templates.placeholders(template);
    if (!used.contains(Templates.MODEL)) {
      problems.add(ConfigProblems.noModel(name));
    }
    if (!used.contains(Templates.WINDOW)) {
      problems.add(ConfigProblems.noWindow(name));
    }
    if (latency && !used.contains(Templates.QUANTILE)) {
      problems.add(ConfigProblems.noQuantile());
    }
    Set<String> known = new LinkedHashSet<>(List.of(Templates.MODEL, Templates.WINDOW));
    if (latency) {
      known.add(Templates.QUANTILE);
    }
    known.addAll(variables.keySet());
    used.stream()
        .filter(p -> !known.contains(p))
        .forEach(p -> problems.add(ConfigProblems.unknownPlaceholder(name, p, known)));
  }
}
