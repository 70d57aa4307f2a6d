package dev.modelgate.core;

import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.PolicyProblem;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Layer 2, the champion–challenger gate: the candidate is promoted only when it is strictly better
 * than the champion on one metric, evaluated on the same test set. Decides {@link
 * PromotionDecision#PROMOTE} or {@link PromotionDecision#HOLD}.
 *
 * <p><b>Strictly better</b>, in the metric's direction: on {@code net_benefit} with a champion at
 * 1000, a candidate at 1000.01 is promoted, 999 is held, and the tie 1000 is held (ties go to the
 * champion). The improvement is {@code candidate − champion} for higher-is-better metrics and
 * {@code champion − candidate} for lower-is-better ones.
 *
 * <p><b>Minimum improvement</b> (optional), absolute: the improvement must be at least {@code
 * minImprovement}. With 100 and a champion at 1000: 1150 passes, 1050 fails, 1100 (the tie) passes.
 *
 * <p><b>Minimum relative improvement</b> (optional), a fraction ({@code 0.10} is 10%): the
 * improvement must be at least {@code |champion| × minRelativeImprovement}. Measuring against the
 * champion's absolute value keeps the rule meaningful for negative and zero champions. With 10%: a
 * champion at 1000 needs at least 1100 (1100 passes, 1099 fails); a champion at −1000 needs at
 * least −900 (an improvement of 100; −950 fails); a champion at 0 needs nothing more than the strict
 * improvement (0.01 passes, the tie 0 is held by the strict rule).
 *
 * <p><b>Guards</b> (optional): metrics that may not get worse by more than a bound; see {@link
 * Guard}. Compare on {@code f1} and guard {@code net_benefit}, or the other way round, so that "F1
 * up, revenue down" is caught either way.
 *
 * <p><b>Confidence</b> (optional): with {@code withConfidence(0.95)} the candidate must also be
 * better with 95% confidence: the lower bound of the two-sided paired interval for the improvement
 * must lie strictly above 0, or above the largest minimum improvement when one is set. On {@code
 * net_benefit} with the 95% interval of the improvement at [120.00, 1800.00] the check passes, at
 * [-1200.00, 3000.00] it fails, and at [0.00, 900.00] (a tie at the bound) it fails. The interval
 * needs paired evidence, both models scored on the same rows ({@link Evaluator#evaluatePaired});
 * without it the candidate is held, never compared without confidence. See {@link Confidence}.
 *
 * <p>Every check is evaluated and reported. Immutable and thread-safe.
 *
 * @param compareOn the metric the candidate must be strictly better on; default {@code net_benefit}
 * @param minImprovement the smallest absolute improvement, at least 0; null for none
 * @param minRelativeImprovement the smallest improvement as a fraction of |champion|, at least 0;
 *     null for none
 * @param guards metrics that may not drop by more than a bound, at most one per metric
 * @param firstModel what to decide when there is no champion; default {@link
 *     FirstModelRule#PROMOTE_IF_REGISTERED}
 * @param confidence the confidence the improvement must have; null for the plain strict rule
 */
public record ChampionChallengerGate(
    Metric compareOn,
    @Nullable BigDecimal minImprovement,
    @Nullable BigDecimal minRelativeImprovement,
    List<Guard> guards,
    FirstModelRule firstModel,
    @Nullable Confidence confidence) {

  /**
   * Checks the parts.
   *
   * @throws InvalidPolicyException listing every problem: a negative minimum, a metric guarded
   *     twice, a guard on the compared metric, confidence on a metric without paired intervals
   */
  public ChampionChallengerGate {
    Objects.requireNonNull(compareOn, "compareOn");
    Objects.requireNonNull(firstModel, "firstModel");
    guards = List.copyOf(guards);
    Problems problems = new Problems();
    if (minImprovement != null && minImprovement.signum() < 0) {
      problems.add(PolicyProblem.negative("championChallenger.minImprovement", minImprovement));
    }
    if (minRelativeImprovement != null && minRelativeImprovement.signum() < 0) {
      problems.add(
          PolicyProblem.negative("championChallenger.minRelativeImprovement", minRelativeImprovement));
    }
    Set<Metric> guarded = new HashSet<>();
    for (Guard guard : guards) {
      if (guard.metric().equals(compareOn)) {
        problems.add(PolicyProblem.guardOnComparedMetric(compareOn));
      } else if (!guarded.add(guard.metric())) {
        problems.add(PolicyProblem.duplicateGuard(guard.metric()));
      }
    }
    if (confidence != null && !Confidence.pairedMetrics().contains(compareOn)) {
      problems.add(PolicyProblem.noPairedInterval(compareOn, Confidence.pairedMetrics()));
    }
    problems.throwIfAny();
  }

  /** A gate with the plain strict rule, without confidence. */
  public ChampionChallengerGate(
      Metric compareOn,
      @Nullable BigDecimal minImprovement,
      @Nullable BigDecimal minRelativeImprovement,
      List<Guard> guards,
      FirstModelRule firstModel) {
    this(compareOn, minImprovement, minRelativeImprovement, guards, firstModel, null);
  }

  /** Whether the gate asks for confidence in the improvement. */
  public boolean requiresConfidence() {
    return confidence != null;
  }

  /**
   * The default gate: strictly better on {@code net_benefit}, no minimum improvement, no guards,
   * first model promoted if registered, no confidence required.
   */
  public static ChampionChallengerGate defaults() {
    return builder().build();
  }

  /** A builder starting from {@link #defaults()}. */
  public static ChampionChallengerGateBuilder builder() {
    return new ChampionChallengerGateBuilder();
  }

  /** A builder holding this gate's settings. */
  public ChampionChallengerGateBuilder toBuilder() {
    ChampionChallengerGateBuilder builder =
        new ChampionChallengerGateBuilder().compareOn(compareOn).firstModel(firstModel);
    if (minImprovement != null) {
      builder.minImprovement(minImprovement);
    }
    if (minRelativeImprovement != null) {
      builder.minRelativeImprovement(minRelativeImprovement);
    }
    guards.forEach(builder::guard);
    if (confidence != null) {
      builder.withConfidence(confidence);
    }
    return builder;
  }
}
