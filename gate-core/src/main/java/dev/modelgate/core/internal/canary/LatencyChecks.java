package dev.modelgate.core.internal.canary;

import dev.modelgate.core.canary.CanaryCheckKind;
import dev.modelgate.core.canary.CanaryCheckResult;
import dev.modelgate.core.canary.LatencyBound;
import dev.modelgate.core.canary.Percentile;
import dev.modelgate.core.canary.WindowOutcome;
import dev.modelgate.core.internal.reason.CanaryCheckReason;
import dev.modelgate.core.spi.ModelWindowStats;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The latency checks of one window: a percentile against an absolute bound in milliseconds and
 * against a multiple of the champion's. A percentile the source did not report makes the check
 * inconclusive. Stateless and thread-safe.
 */
final class LatencyChecks {

  private LatencyChecks() {}

  /** The results of {@code bound}'s absolute and relative parts, in that order. */
  static List<CanaryCheckResult> check(
      LatencyBound bound, ModelWindowStats champion, ModelWindowStats canary) {
    List<CanaryCheckResult> results = new ArrayList<>(2);
    Percentile percentile = bound.percentile();
    Duration canaryLatency = canary.latency().get(percentile.quantile());
    BigDecimal maxMillis = bound.maxMillis();
    if (maxMillis != null) {
      results.add(absolute(percentile, canaryLatency, maxMillis));
    }
    BigDecimal maxRatio = bound.maxRatio();
    if (maxRatio != null) {
      results.add(relative(percentile, canaryLatency, champion.latency().get(percentile.quantile()), maxRatio));
    }
    return results;
  }

  private static CanaryCheckResult absolute(
      Percentile percentile, @Nullable Duration canary, BigDecimal max) {
    if (canary == null) {
      return missing(CanaryCheckKind.MAX_LATENCY, percentile, max, "canary");
    }
    BigDecimal millis = Numbers.millis(canary);
    boolean within = millis.compareTo(max) <= 0;
    String reason =
        within
            ? CanaryCheckReason.latencyWithin(percentile, millis, max)
            : CanaryCheckReason.latencyAbove(percentile, millis, max);
    return new CanaryCheckResult(
        CanaryCheckKind.MAX_LATENCY, percentile, within ? WindowOutcome.PASS : WindowOutcome.FAIL,
        millis, max, null, null, false, reason);
  }

  private static CanaryCheckResult relative(
      Percentile percentile, @Nullable Duration canary, @Nullable Duration champion, BigDecimal ratio) {
    if (canary == null) {
      return missing(CanaryCheckKind.LATENCY_VS_CHAMPION, percentile, ratio, "canary");
    }
    if (champion == null) {
      return missing(CanaryCheckKind.LATENCY_VS_CHAMPION, percentile, ratio, "champion");
    }
    BigDecimal millis = Numbers.millis(canary);
    BigDecimal championMillis = Numbers.millis(champion);
    boolean within = millis.compareTo(ratio.multiply(championMillis)) <= 0;
    String reason =
        within
            ? CanaryCheckReason.latencyWithinRatio(percentile, millis, ratio, championMillis)
            : CanaryCheckReason.latencyAboveRatio(percentile, millis, ratio, championMillis);
    return new CanaryCheckResult(
        CanaryCheckKind.LATENCY_VS_CHAMPION, percentile, within ? WindowOutcome.PASS : WindowOutcome.FAIL,
        millis, ratio, championMillis, null, false, reason);
  }

  private static CanaryCheckResult missing(
      CanaryCheckKind kind, Percentile percentile, BigDecimal bound, String side) {
    return new CanaryCheckResult(
        kind, percentile, WindowOutcome.INCONCLUSIVE, null, bound, null, null, false,
        CanaryCheckReason.latencyMissing(side, percentile));
  }
}
