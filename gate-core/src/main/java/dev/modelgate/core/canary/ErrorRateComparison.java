package dev.modelgate.core.canary;

import dev.modelgate.core.internal.canary.Bounds;
import dev.modelgate.core.internal.gate.Problems;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The canary's error rate compared with the champion's in the same window, tested with the counts:
 * the canary fails when its error rate is significantly above {@code (1 + margin)} times the
 * champion's.
 *
 * <p>The test is a one-sided exact binomial test on the canary's share of the window's errors.
 * Under the hypothesis that the canary errs at {@code (1 + margin)} times the champion's rate, each
 * of the window's {@code e} errors lands on the canary with probability {@code p0 = nc(1 + margin)
 * / (nc(1 + margin) + nh)}, where {@code nc} and {@code nh} are the requests each model served; the
 * canary fails when {@code P(X >= canary errors) < significance} for {@code X ~ Binomial(e, p0)}.
 *
 * <p>With margin 0, significance 0.01, 400 canary and 1600 champion requests ({@code p0 = 0.2}):
 * 4 canary and 16 champion errors pass (p = 0.59); 8 and 16 pass (p = 0.089: not yet
 * significant); 16 and 16 fail (p = 0.00014). A p-value equal to the significance passes (the
 * tie). Immutable and thread-safe.
 *
 * @param margin how much worse than the champion the canary may be, as a fraction ({@code 0.10} is
 *     10 % more errors); at least 0
 * @param significance the test's level, between 0 and 1 exclusive, such as {@code 0.01}
 */
public record ErrorRateComparison(BigDecimal margin, BigDecimal significance) {

  /**
   * Checks the numbers.
   *
   * @throws dev.modelgate.core.InvalidPolicyException listing every problem
   */
  public ErrorRateComparison {
    Objects.requireNonNull(margin, "margin");
    Objects.requireNonNull(significance, "significance");
    Problems problems = new Problems();
    Bounds.notNegative(problems, "canary.errorRateVsChampion.margin", margin);
    Bounds.probability(problems, "canary.errorRateVsChampion.significance", significance);
    problems.throwIfAny();
  }
}
