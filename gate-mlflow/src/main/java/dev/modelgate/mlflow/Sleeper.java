package dev.modelgate.mlflow;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits between the retries of an MLflow call and between the polls of a pending registration.
 * Implementations must be thread-safe; tests inject one that records the waits instead of waiting.
 *
 * <pre>{@code
 * List<Duration> waits = new CopyOnWriteArrayList<>();
 * MlflowModelRegistry.builder().trackingUri(uri).sleeper(waits::add).build();
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for {@code duration}.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** The sleeper that really waits, on the calling thread. */
  static Sleeper system() {
    return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }
}
