package dev.modelgate.core.canary;

import java.time.Duration;
import java.util.Objects;

/**
 * How a canary run confirms and retries traffic actions: after each action it reads the split up
 * to {@code confirmReads} times, {@code confirmDelay} apart, until the router reports the aimed-at
 * share as ready; a rollback is attempted up to {@code rollbackAttempts} times, waiting {@code
 * rollbackBackoff} after the first failure and twice as long after each further one, up to {@code
 * maxRollbackBackoff}. Immutable and thread-safe.
 *
 * @param confirmReads the reads of the split after an action, at least 1
 * @param confirmDelay the wait before each read after the first, not negative
 * @param rollbackAttempts the attempts of a rollback, at least 1
 * @param rollbackBackoff the wait after the first failed rollback, not negative
 * @param maxRollbackBackoff the longest wait between rollback attempts, at least {@code
 *     rollbackBackoff}
 */
public record CanaryRetry(
    int confirmReads,
    Duration confirmDelay,
    int rollbackAttempts,
    Duration rollbackBackoff,
    Duration maxRollbackBackoff) {

  /** Checks the numbers. */
  public CanaryRetry {
    Objects.requireNonNull(confirmDelay, "confirmDelay");
    Objects.requireNonNull(rollbackBackoff, "rollbackBackoff");
    Objects.requireNonNull(maxRollbackBackoff, "maxRollbackBackoff");
    if (confirmReads < 1 || rollbackAttempts < 1) {
      throw new IllegalArgumentException("confirmReads = " + confirmReads + " and rollbackAttempts = "
          + rollbackAttempts + " must be at least 1");
    }
    if (confirmDelay.isNegative() || rollbackBackoff.isNegative()
        || maxRollbackBackoff.compareTo(rollbackBackoff) < 0) {
      throw new IllegalArgumentException("delays must not be negative and maxRollbackBackoff = "
          + maxRollbackBackoff + " must be at least rollbackBackoff = " + rollbackBackoff);
    }
  }

  /** 5 reads 2 s apart; 5 rollback attempts backing off 1 s, 2 s, 4 s, 8 s (at most 30 s). */
  public static CanaryRetry defaults() {
    return new CanaryRetry(5, Duration.ofSeconds(2), 5, Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  /** The wait after failed rollback attempt {@code attempt} (from 1). */
  public Duration backoffAfter(int attempt) {
    Duration wait = rollbackBackoff;
    for (int i = 1; i < attempt && wait.compareTo(maxRollbackBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxRollbackBackoff) > 0 ? maxRollbackBackoff : wait;
  }
}
