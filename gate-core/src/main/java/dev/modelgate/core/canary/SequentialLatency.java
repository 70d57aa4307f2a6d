package dev.modelgate.core.canary;

import dev.modelgate.core.internal.canary.Bounds;
import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.CanaryPolicyProblem;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The anytime-valid sequential test of the canary's share of requests slower than an SLO against
 * the champion's: the same test as {@link SequentialErrorRate}, on requests over {@code sloMillis}
 * instead of errors. A request exactly at the SLO meets it.
 *
 * <p>The metrics source must count each model's requests over the SLO ({@link
 * dev.modelgate.core.spi.ModelWindowStats#requestsOver()}; the in-process recorder does when built
 * with {@link InProcessCanaryRecorderBuilder#countRequestsOver(Duration...)}); a window without
 * that count leaves this check inconclusive and adds nothing to the evidence.
 *
 * <p>With an SLO of 250 ms, alpha 0.05 (1/α = 20), margin 0 and 20 % of the traffic: 21 of 60 slow
 * requests on the canary give e = 12.9 and the window passes; 22 of 60 give e = 26.8 and the canary
 * is rolled back; an e-value of exactly 20 (the tie) rolls back. With both sequential tests, a
 * canary as good as the champion is rolled back by either with probability at most the sum of their
 * alphas. Immutable and thread-safe.
 *
 * @param sloMillis the latency objective in milliseconds, greater than 0, in whole nanoseconds
 * @param alpha the false-rollback rate, between 0 and 1 exclusive, such as {@code 0.05}
 * @param margin how much more often than the champion the canary may miss the SLO, as a fraction;
 *     at least 0
 */
public record SequentialLatency(BigDecimal sloMillis, BigDecimal alpha, BigDecimal margin) {

  private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);

  /**
   * Checks the numbers.
   *
   * @throws dev.modelgate.core.InvalidPolicyException listing every problem
   */
  public SequentialLatency {
    Objects.requireNonNull(sloMillis, "sloMillis");
    Objects.requireNonNull(alpha, "alpha");
    Objects.requireNonNull(margin, "margin");
    Problems problems = new Problems();
    Bounds.positive(problems, "canary.latencySequential.sloMillis", sloMillis);
    problems.addIf(sloMillis.signum() > 0 && sloMillis.stripTrailingZeros().scale() > 6,
        () -> CanaryPolicyProblem.notWholeNanoseconds("canary.latencySequential.sloMillis", sloMillis));
    Bounds.probability(problems, "canary.latencySequential.alpha", alpha);
    Bounds.notNegative(problems, "canary.latencySequential.margin", margin);
    problems.throwIfAny();
  }

  /** The SLO as a duration: {@code sloMillis} 250 is 250 ms; beyond 292 years, 292 years. */
  public Duration slo() {
    return Duration.ofNanos(sloMillis.movePointRight(6).min(MAX_NANOS).longValueExact());
  }
}
