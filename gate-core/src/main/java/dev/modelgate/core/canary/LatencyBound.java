package dev.modelgate.core.canary;

import dev.modelgate.core.internal.canary.Bounds;
import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.CanaryPolicyProblem;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bounds on one latency percentile of the canary: absolute, in milliseconds, and relative to
 * the champion's same percentile in the same window.
 *
 * <p>Absolute, {@code maxMillis} 250 on p99: a canary p99 of 240 ms passes, 260 ms fails, 250 ms
 * (the tie) passes. Relative, {@code maxRatio} 1.25 with a champion p99 of 200 ms: 240 ms passes,
 * 260 ms fails, 250 ms (exactly 1.25 × 200) passes. Immutable and thread-safe.
 *
 * @param percentile the percentile bounded
 * @param maxMillis the largest latency allowed, in milliseconds, greater than 0; null for none
 * @param maxRatio the largest multiple of the champion's latency allowed, greater than 0; null for
 *     none
 */
public record LatencyBound(
    Percentile percentile, @Nullable BigDecimal maxMillis, @Nullable BigDecimal maxRatio) {

  /**
   * Checks the numbers.
   *
   * @throws dev.modelgate.core.InvalidPolicyException listing every problem, such as neither bound
   */
  public LatencyBound {
    Objects.requireNonNull(percentile, "percentile");
    Problems problems = new Problems();
    String prefix = "canary.latency." + percentile.label();
    problems.addIf(
        maxMillis == null && maxRatio == null,
        () -> CanaryPolicyProblem.emptyLatencyBound(percentile.label()));
    Bounds.positive(problems, prefix + ".maxMillis", maxMillis);
    Bounds.positive(problems, prefix + ".maxRatio", maxRatio);
    problems.throwIfAny();
  }
}
