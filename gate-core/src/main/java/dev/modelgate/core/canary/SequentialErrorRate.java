package dev.modelgate.core.canary;

import dev.modelgate.core.internal.canary.Bounds;
import dev.modelgate.core.internal.gate.Problems;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The anytime-valid sequential test of the canary's error rate against the champion's: evidence
 * accumulates over every window of every step, and the canary is rolled back as soon as it is
 * strong, with a false-rollback rate of at most {@code alpha} however many windows are judged.
 *
 * <p>In each window, under the hypothesis that the canary errs at most {@code (1 + margin)} times as
 * often as the champion, each error lands on the canary with probability {@code π₀ = s(1 + margin)
 * / (1 + s·margin)}, {@code s} being the canary's share of the window's requests. The run keeps the
 * e-value of {@link dev.modelgate.metrics.stats.BinomialEProcess}, a mixture over rate ratios of
 * the windows' likelihood ratios, and rolls back when it reaches {@code 1/alpha}; by Ville's
 * inequality a canary as good as the champion is rolled back with probability at most {@code
 * alpha}, over the whole run and whatever the steps. A window whose e-value is below {@code 1/alpha}
 * passes this check: there is no strong evidence against the canary yet. Windows with fewer than the
 * policy's minimum requests still add their errors (the test needs no minimum), and stay
 * inconclusive unless they complete the evidence.
 *
 * <p>With alpha 0.05 (so 1/α = 20), margin 0 and 20 % of the traffic: 21 of 60 errors on the canary
 * give e = 12.9 and the window passes; 22 of 60 give e = 26.8 and the canary is rolled back; an
 * e-value of exactly 20 (the tie) rolls back, since Ville's inequality bounds {@code P(e ≥ 1/α)}.
 * Immutable and thread-safe.
 *
 * @param alpha the false-rollback rate, between 0 and 1 exclusive, such as {@code 0.05}
 * @param margin how much worse than the champion the canary may be, as a fraction ({@code 0.10} is
 *     10 % more errors); at least 0
 */
public record SequentialErrorRate(BigDecimal alpha, BigDecimal margin) {

  /** The usual false-rollback rate, 0.05. */
  public static final BigDecimal DEFAULT_ALPHA = new BigDecimal("0.05");

  /**
   * Checks the numbers.
   *
   * @throws dev.modelgate.core.InvalidPolicyException listing every problem
   */
  public SequentialErrorRate {
    Objects.requireNonNull(alpha, "alpha");
    Objects.requireNonNull(margin, "margin");
    Problems problems = new Problems();
    Bounds.probability(problems, "canary.errorRateSequential.alpha", alpha);
    Bounds.notNegative(problems, "canary.errorRateSequential.margin", margin);
    problems.throwIfAny();
  }
}
