package dev.modelgate.core.canary;

import dev.modelgate.core.internal.canary.Bounds;
import dev.modelgate.core.internal.gate.Problems;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The bound on the chi-square test of homogeneity of the canary's predicted class rates against the
 * champion's in the same window: the p-value may not fall below {@code minPValue}. It needs class
 * counts from the metrics source.
 *
 * <p>With {@code minPValue} 0.01: p = 0.3 passes, 0.002 fails, 0.01 (the tie) passes. Immutable
 * and thread-safe.
 *
 * @param minPValue the smallest p-value that passes, in (0, 1)
 */
public record ChiSquareBound(BigDecimal minPValue) {

  /**
   * Checks the number.
   *
   * @throws dev.modelgate.core.InvalidPolicyException if it is not in (0, 1)
   */
  public ChiSquareBound {
    Objects.requireNonNull(minPValue, "minPValue");
    Problems problems = new Problems();
    Bounds.probability(problems, "canary.chiSquare.minPValue", minPValue);
    problems.throwIfAny();
  }
}
