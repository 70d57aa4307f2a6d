package dev.modelgate.core.spi;

/**
 * The share of live traffic the canary receives, as observed on the serving platform.
 *
 * <p>{@code canaryPercent} is 0 when all traffic goes to the champion (no canary, or rolled back)
 * and 100 when the canary was promoted and serves everything.
 *
 * @param canaryPercent the canary's share, 0 to 100
 * @param ready whether the platform reports the split as in effect (for example the new revision is
 *     ready); a split that is not ready does not confirm an action
 */
public record TrafficSplit(int canaryPercent, boolean ready) {

  /** Checks the range. */
  public TrafficSplit {
    if (canaryPercent < 0 || canaryPercent > 100) {
      throw new IllegalArgumentException(
          "canaryPercent = " + canaryPercent + " is not a share between 0 and 100");
    }
  }

  /** The champion's share: {@code 100 - canaryPercent}. */
  public int championPercent() {
    return 100 - canaryPercent;
  }
}
