package dev.modelgate.core.canary;

import dev.modelgate.core.internal.canary.Bounds;
import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.CanaryPolicyProblem;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The bound on the population stability index (PSI) of the canary's predictions against the
 * champion's in the same window, with the usual tiers: below {@code warn} (0.1) stable, up to
 * {@code max} (0.25) a moderate shift that is reported as a warning but passes, above {@code max} a
 * shift that fails.
 *
 * <p>With the defaults: a PSI of 0.05 passes, 0.18 passes with a warning, 0.31 fails, 0.25 (the
 * tie) passes with a warning. Immutable and thread-safe.
 *
 * @param max the largest PSI that passes, greater than 0
 * @param warn the PSI above which a passing window carries a warning, greater than 0 and at most
 *     {@code max}
 */
public record PsiBound(BigDecimal max, BigDecimal warn) {

  /** The usual fail tier, 0.25. */
  public static final BigDecimal DEFAULT_MAX = new BigDecimal("0.25");

  /** The usual warning tier, 0.1. */
  public static final BigDecimal DEFAULT_WARN = new BigDecimal("0.1");

  /**
   * Checks the numbers.
   *
   * @throws dev.modelgate.core.InvalidPolicyException listing every problem
   */
  public PsiBound {
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(warn, "warn");
    Problems problems = new Problems();
    Bounds.positive(problems, "canary.psi.max", max);
    Bounds.positive(problems, "canary.psi.warn", warn);
    problems.addIf(warn.compareTo(max) > 0, () -> CanaryPolicyProblem.warnAboveMax(warn, max));
    problems.throwIfAny();
  }

  /** The usual tiers: fail above 0.25, warn above 0.1. */
  public static PsiBound defaults() {
    return new PsiBound(DEFAULT_MAX, DEFAULT_WARN);
  }
}
