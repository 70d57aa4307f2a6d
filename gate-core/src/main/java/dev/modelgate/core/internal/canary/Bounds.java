package dev.modelgate.core.internal.canary;

import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.CanaryPolicyProblem;
import dev.modelgate.core.internal.reason.PolicyProblem;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The range checks of the canary policy's numbers, recording a problem named after the parameter.
 * Stateless and thread-safe.
 */
public final class Bounds {

  private Bounds() {}

  /** A fraction in [0, 1], such as an error rate; null passes (the bound is not set). */
  public static void fraction(Problems problems, String parameter, @Nullable BigDecimal value) {
    if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
      problems.add(CanaryPolicyProblem.notAFraction(parameter, value));
    }
  }

  /** A probability in (0, 1), such as a significance level; null passes. */
  public static void probability(Problems problems, String parameter, @Nullable BigDecimal value) {
    if (value != null && (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0)) {
      problems.add(CanaryPolicyProblem.notAProbability(parameter, value));
    }
  }

  /** A number greater than 0; null passes. */
  public static void positive(Problems problems, String parameter, @Nullable BigDecimal value) {
    if (value != null && value.signum() <= 0) {
      problems.add(CanaryPolicyProblem.notGreaterThanZero(parameter, value));
    }
  }

  /** A number at least 0; null passes. */
  public static void notNegative(Problems problems, String parameter, @Nullable BigDecimal value) {
    if (value != null && value.signum() < 0) {
      problems.add(PolicyProblem.negative(parameter, value));
    }
  }

  /** A count at least 1. */
  public static void atLeastOne(Problems problems, String parameter, long value) {
    if (value < 1) {
      problems.add(PolicyProblem.notPositive(parameter, value));
    }
  }
}
