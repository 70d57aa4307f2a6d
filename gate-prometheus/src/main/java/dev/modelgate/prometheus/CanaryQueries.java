package dev.modelgate.prometheus;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The PromQL templates that read one model's window: requests, errors, latency quantiles and,
 * optionally, the prediction distribution, with the placeholders {@code $model} (the model's label
 * value, escaped for a PromQL string), {@code $window} (the window's range, such as {@code 300s}),
 * {@code $quantile} (latency only) and any declared {@linkplain CanaryQueriesBuilder#variable
 * variable}.
 *
 * <p>The {@linkplain #defaults() defaults} follow the common instrumentation shape:
 *
 * <pre>{@code
 * requests: sum(increase(http_requests_total{model="$model"}[$window]))
 * errors:   sum(increase(http_requests_total{model="$model",status=~"5.."}[$window]))
 *             or 0 * sum(increase(http_requests_total{model="$model"}[$window]))
 * latency:  histogram_quantile($quantile, sum by (le)
 *             (rate(http_request_duration_seconds_bucket{model="$model"}[$window])))  at 0.5, 0.95, 0.99
 * predictions: none
 * }</pre>
 *
 * The errors query's {@code or 0 * ...} part makes "no error series yet" read as zero errors while
 * a model without any request series still reads as an empty result. Immutable and thread-safe.
 */
public final class CanaryQueries {

  private static final CanaryQueries DEFAULTS = builder().build();

  private final String requests;
  private final String errors;
  private final @Nullable LatencyQuery latency;
  private final @Nullable PredictionQuery predictions;
  private final Map<String, String> variables;

  CanaryQueries(
      String requests,
      String errors,
      @Nullable LatencyQuery latency,
      @Nullable PredictionQuery predictions,
      Map<String, String> variables) {
    this.requests = requests;
    this.errors = errors;
    this.latency = latency;
    this.predictions = predictions;
    this.variables = Map.copyOf(variables);
  }

  /** The default queries, shown above. */
  public static CanaryQueries defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from the defaults. */
  public static CanaryQueriesBuilder builder() {
    return new CanaryQueriesBuilder();
  }

  /** The template of the number of requests a model served in the window; one series or a scalar. */
  public String requests() {
    return requests;
  }

  /** The template of the number of those requests that failed; one series or a scalar. */
  public String errors() {
    return errors;
  }

  /** The latency query, empty when latency is not read. */
  public Optional<LatencyQuery> latency() {
    return Optional.ofNullable(latency);
  }

  /** The prediction query, empty when predictions are not read. */
  public Optional<PredictionQuery> predictions() {
    return Optional.ofNullable(predictions);
  }

  /** The declared variables: placeholder name to value, filled in escaped like {@code $model}. */
  public Map<String, String> variables() {
    return variables;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CanaryQueries other
        && requests.equals(other.requests)
        && errors.equals(other.errors)
        && Objects.equals(latency, other.latency)
        && Objects.equals(predictions, other.predictions)
        && variables.equals(other.variables);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requests, errors, latency, predictions, variables);
  }

  @Override
  public String toString() {
    return "CanaryQueries[requests=" + requests + ", errors=" + errors + ", latency=" + latency
        + ", predictions=" + predictions + ", variables=" + variables + "]";
  }
}
