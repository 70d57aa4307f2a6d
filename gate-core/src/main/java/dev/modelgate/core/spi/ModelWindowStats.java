package dev.modelgate.core.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one model did in one canary window.
 *
 * @param requests the number of requests served
 * @param errors how many of them failed (for example HTTP 5xx or an exception)
 * @param latency the latency percentiles, empty when the source has no latency data; keys are
 *     quantiles such as {@code 0.5}, {@code 0.95}, {@code 0.99}
 * @param predictions the distribution of the model's outputs, empty when the source has none
 * @param requestsOver how many requests took longer than each latency threshold (strictly: a request
 *     exactly at the threshold meets it), keyed by the threshold, such as {@code 250 ms → 12}; empty
 *     when the source counts none. The sequential latency test reads the count at its SLO.
 */
public record ModelWindowStats(
    long requests,
    long errors,
    Map<Double, Duration> latency,
    Optional<PredictionDistribution> predictions,
    Map<Duration, Long> requestsOver) {

  /** Checks the counts and copies the maps. */
  public ModelWindowStats {
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(predictions, "predictions");
    Objects.requireNonNull(requestsOver, "requestsOver");
    if (requests < 0) {
      throw new IllegalArgumentException("requests = " + requests + " must be >= 0");
    }
    if (errors < 0 || errors > requests) {
      throw new IllegalArgumentException(
          "errors = " + errors + " must be between 0 and requests = " + requests);
    }
    latency.forEach(
        (q, d) -> {
          if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("latency quantile " + q + " is not in (0, 1)");
          }
          Objects.requireNonNull(d, () -> "latency at quantile " + q);
        });
    latency = Map.copyOf(latency);
    requestsOver.forEach(
        (threshold, count) -> {
          if (threshold.isNegative() || threshold.isZero()) {
            throw new IllegalArgumentException("latency threshold " + threshold + " is not positive");
          }
          Objects.requireNonNull(count, () -> "requests over " + threshold);
          if (count < 0 || count > requests) {
            throw new IllegalArgumentException("requests over " + threshold + " = " + count
                + " must be between 0 and requests = " + requests);
          }
        });
    requestsOver = Map.copyOf(requestsOver);
  }

  /** What one model did, without counts of requests over latency thresholds. */
  public ModelWindowStats(
      long requests,
      long errors,
      Map<Double, Duration> latency,
      Optional<PredictionDistribution> predictions) {
    this(requests, errors, latency, predictions, Map.of());
  }

  /** The requests that took longer than {@code threshold}; empty when the source does not count them. */
  public OptionalLong requestsOver(Duration threshold) {
    Long count = requestsOver.get(Objects.requireNonNull(threshold, "threshold"));
    return count == null ? OptionalLong.empty() : OptionalLong.of(count);
  }
}
