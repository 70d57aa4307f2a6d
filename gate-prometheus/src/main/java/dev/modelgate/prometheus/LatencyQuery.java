package dev.modelgate.prometheus;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The PromQL template that reads one latency quantile of one model in one window, the unit of its
 * result, and the quantiles to read.
 *
 * <p>The template has the placeholders {@code $model}, {@code $window} and {@code $quantile}, as in
 * {@code histogram_quantile($quantile, sum by (le) (rate(http_request_duration_seconds_bucket{model="$model"}[$window])))}.
 * Prometheus interpolates linearly inside the bucket that holds the quantile, so a result is exact
 * only up to the bucket layout; a quantile in the highest bucket gives the second-highest bound;
 * a window without observations gives NaN. Immutable and thread-safe; checked by {@link
 * CanaryQueriesBuilder#build()}.
 *
 * @param template the PromQL template
 * @param unit the unit of the query's result, such as {@link ChronoUnit#SECONDS} (Prometheus
 *     convention) or {@link ChronoUnit#MILLIS} (Knative's {@code revision_app_request_latencies})
 * @param quantiles the quantiles to read, each in (0, 1), such as {@code 0.5, 0.95, 0.99}
 */
public record LatencyQuery(String template, ChronoUnit unit, List<Double> quantiles) {

  /** Checks for nulls and copies the quantiles. */
  public LatencyQuery {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(unit, "unit");
    quantiles = List.copyOf(quantiles);
  }
}
