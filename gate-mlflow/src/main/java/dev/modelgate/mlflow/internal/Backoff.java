package dev.modelgate.mlflow.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The bounded exponential backoff between retries: {@code first}, twice that, four times, … never
 * more than {@code max}, for at most {@code maxRetries} retries. Immutable and thread-safe.
 *
 * <p>With first 500 ms, max 4 s and 5 retries the waits are 500 ms, 1 s, 2 s, 4 s, 4 s. A {@code
 * Retry-After} that MLflow (or a proxy) sends with 429 or 503 lengthens a wait, never beyond
 * {@code max}. There is no jitter, so tests can check the waits exactly.
 *
 * @param maxRetries how many times a failed call is sent again, 0 for never
 * @param first the wait before the first retry
 * @param max the longest wait
 */
public record Backoff(int maxRetries, Duration first, Duration max) {

  /** Checks that the counts and waits are not negative and that {@code first <= max}. */
  public Backoff {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(max, "max");
    if (maxRetries < 0 || first.isNegative() || first.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "backoff needs maxRetries >= 0 and 0 <= first <= max, but has maxRetries "
              + maxRetries + ", first " + first + ", max " + max);
    }
  }

  /** How many times a call is sent at most: the first time and every retry. */
  public int maxAttempts() {
    return maxRetries + 1;
  }

  /** The wait before retry number {@code retry} (1 for the first), given MLflow's Retry-After. */
  public Duration delay(int retry, Optional<Duration> retryAfter) {
    Duration delay = first;
    for (int i = 1; i < retry && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
      delay = retryAfter.get();
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
