package dev.modelgate.core.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one model did in one canary window.
 *
 * @param requests the number of requests served
 * @param errors how many of them failed (for example HTTP 5xx or an exception)
 * @param latency the latency percentiles, empty when the source has no latency data; keys are
 *     quantiles such as {@code 0.5}, {@code 0.95}, {@code 0.99}
 * @param predictions the distribution of the model's outputs, empty when the source has none
 */
public record ModelWindowStats(
    long requests,
    long errors,
    Map<Double, Duration> latency,
    Optional<PredictionDistribution> predictions) {

  /** Checks the counts and copies the map. */
  public ModelWindowStats {
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(predictions, "predictions");
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
  }
}
