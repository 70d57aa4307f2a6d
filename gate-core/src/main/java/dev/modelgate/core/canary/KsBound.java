package dev.modelgate.core.canary;

import dev.modelgate.core.internal.canary.Bounds;
import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.CanaryPolicyProblem;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The bound on the two-sample Kolmogorov–Smirnov test of the canary's scores against the
 * champion's in the same window: the statistic D may not exceed {@code maxStatistic}, and the
 * p-value may not fall below {@code minPValue}. It needs score samples from the metrics source.
 *
 * <p>With {@code maxStatistic} 0.2: D = 0.15 passes, 0.25 fails, 0.2 (the tie) passes. With {@code
 * minPValue} 0.01: p = 0.2 passes, 0.004 fails, 0.01 (the tie) passes. Immutable and thread-safe.
 *
 * @param maxStatistic the largest D that passes, in (0, 1]; null for none
 * @param minPValue the smallest p-value that passes, in (0, 1); null for none
 */
public record KsBound(@Nullable BigDecimal maxStatistic, @Nullable BigDecimal minPValue) {

  /**
   * Checks the numbers.
   *
   * @throws dev.modelgate.core.InvalidPolicyException listing every problem, such as neither bound
   */
  public KsBound {
    Problems problems = new Problems();
    problems.addIf(maxStatistic == null && minPValue == null, CanaryPolicyProblem::emptyKsBound);
    Bounds.positive(problems, "canary.ks.maxStatistic", maxStatistic);
    Bounds.fraction(problems, "canary.ks.maxStatistic", maxStatistic);
    Bounds.probability(problems, "canary.ks.minPValue", minPValue);
    problems.throwIfAny();
  }
}
