package dev.modelgate.core.canary;

import dev.modelgate.core.internal.canary.Bounds;
import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.CanaryPolicyProblem;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The checks a canary window must pass: error rate, latency percentiles and prediction
 * distribution, each absolute or against the champion in the same window, and the sequential tests
 * of errors and slow requests, whose evidence accumulates across windows and steps. At least one is
 * set.
 *
 * <p>Absolute error rate, {@code maxErrorRate} 0.05: a canary at 0.03 passes, 0.06 fails, 0.05 (the
 * tie) passes. The other checks show their examples on their own types. Immutable and thread-safe.
 *
 * @param maxErrorRate the canary's largest error rate, a fraction in [0, 1]; null for none
 * @param errorRateVsChampion the canary's error rate against the champion's; null for none
 * @param latency bounds on latency percentiles, at most one per percentile
 * @param psi the bound on the predictions' population stability index; null for none
 * @param ks the bound on the Kolmogorov–Smirnov test of scores; null for none
 * @param chiSquare the bound on the chi-square test of class rates; null for none
 * @param errorRateSequential the anytime-valid sequential test of the canary's errors across
 *     windows, which rolls back as soon as its evidence is strong; null for none
 * @param latencySequential the same test on requests slower than an SLO; null for none
 */
public record CanaryChecks(
    @Nullable BigDecimal maxErrorRate,
    @Nullable ErrorRateComparison errorRateVsChampion,
    List<LatencyBound> latency,
    @Nullable PsiBound psi,
    @Nullable KsBound ks,
    @Nullable ChiSquareBound chiSquare,
    @Nullable SequentialErrorRate errorRateSequential,
    @Nullable SequentialLatency latencySequential) {

  /**
   * Checks the parts.
   *
   * @throws dev.modelgate.core.InvalidPolicyException listing every problem: no check at all, an
   *     error rate outside [0, 1], a percentile bounded twice
   */
  public CanaryChecks {
    latency = List.copyOf(latency);
    Problems problems = new Problems();
    Bounds.fraction(problems, "canary.maxErrorRate", maxErrorRate);
    Set<Percentile> seen = EnumSet.noneOf(Percentile.class);
    for (LatencyBound bound : latency) {
      problems.addIf(
          !seen.add(bound.percentile()),
          () -> CanaryPolicyProblem.duplicateLatencyBound(bound.percentile().label()));
    }
    boolean none =
        maxErrorRate == null && errorRateVsChampion == null && latency.isEmpty() && psi == null
            && ks == null && chiSquare == null && errorRateSequential == null && latencySequential == null;
    problems.addIf(none, CanaryPolicyProblem::noChecks);
    problems.throwIfAny();
  }

  /**
   * The per-window checks without sequential tests, as before those existed.
   *
   * @throws dev.modelgate.core.InvalidPolicyException listing every problem
   */
  public CanaryChecks(
      @Nullable BigDecimal maxErrorRate,
      @Nullable ErrorRateComparison errorRateVsChampion,
      List<LatencyBound> latency,
      @Nullable PsiBound psi,
      @Nullable KsBound ks,
      @Nullable ChiSquareBound chiSquare) {
    this(maxErrorRate, errorRateVsChampion, latency, psi, ks, chiSquare, null, null);
  }

  /**
   * The default checks: error rate at most 0.05; not significantly above the champion's (margin 0,
   * significance 0.01); p99 latency at most 1.25 × the champion's; PSI at most 0.25 (warning above
   * 0.1).
   */
  public static CanaryChecks defaults() {
    return new CanaryChecks(
        new BigDecimal("0.05"),
        new ErrorRateComparison(BigDecimal.ZERO, new BigDecimal("0.01")),
        List.of(new LatencyBound(Percentile.P99, null, new BigDecimal("1.25"))),
        PsiBound.defaults(),
        null,
        null);
  }
}
