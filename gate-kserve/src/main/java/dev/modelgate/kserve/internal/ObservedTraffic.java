package dev.modelgate.kserve.internal;

import dev.modelgate.core.spi.TrafficSplit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The split an InferenceService's status reports and, when it is not ready, why. Immutable and
 * thread-safe.
 *
 * @param split the canary's share and whether it is in effect
 * @param pending why the split is not ready (for logs), or null when it is
 */
public record ObservedTraffic(TrafficSplit split, @Nullable String pending) {

  /** Checks that a ready split has no pending reason and a split that is not ready has one. */
  public ObservedTraffic {
    Objects.requireNonNull(split, "split");
    if (split.ready() != (pending == null)) {
      throw new IllegalArgumentException(
          "a split is ready exactly when nothing is pending: " + split + ", pending " + pending);
    }
  }

  /** A split in effect. */
  static ObservedTraffic ready(int canaryPercent) {
    return new ObservedTraffic(new TrafficSplit(canaryPercent, true), null);
  }

  /** A split not (yet) in effect, for the given reason. */
  static ObservedTraffic pending(int canaryPercent, String reason) {
    return new ObservedTraffic(new TrafficSplit(canaryPercent, false), reason);
  }
}
