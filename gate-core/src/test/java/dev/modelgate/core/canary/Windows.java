package dev.modelgate.core.canary;

import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.PredictionDistribution;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Windows and model statistics for canary tests. */
final class Windows {

  static final Window FIRST = new Window(1, TestClock.START, TestClock.START.plusSeconds(60));

  private Windows() {}

  /** A model's window: requests, errors, p50/p95/p99 in milliseconds, no predictions. */
  static ModelWindowStats stats(long requests, long errors, double p50, double p95, double p99) {
    return new ModelWindowStats(requests, errors, latency(p50, p95, p99), Optional.empty());
  }

  /** A model's window with predictions. */
  static ModelWindowStats stats(long requests, long errors, PredictionDistribution predictions) {
    return new ModelWindowStats(requests, errors, latency(20, 40, 80), Optional.of(predictions));
  }

  /** A healthy model: 1000 requests, 5 errors, 20/40/80 ms. */
  static ModelWindowStats healthy() {
    return stats(1000, 5, 20, 40, 80);
  }

  static WindowObservation observed(ModelWindowStats champion, ModelWindowStats canary) {
    return new WindowObservation.Observed(FIRST, champion, canary);
  }

  static Map<Double, Duration> latency(double p50, double p95, double p99) {
    return Map.of(0.5, millis(p50), 0.95, millis(p95), 0.99, millis(p99));
  }

  static Duration millis(double millis) {
    return Duration.ofNanos(Math.round(millis * 1_000_000));
  }
}
