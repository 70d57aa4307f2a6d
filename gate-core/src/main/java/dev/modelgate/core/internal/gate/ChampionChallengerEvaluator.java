package dev.modelgate.core.internal.gate;

import dev.modelgate.core.ChampionChallengerGate;
import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.CheckKind;
import dev.modelgate.core.CheckResult;
import dev.modelgate.core.Confidence;
import dev.modelgate.core.DifferentTestSetsException;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.FirstModelRule;
import dev.modelgate.core.Guard;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricInterval;
import dev.modelgate.core.PairedEvidence;
import dev.modelgate.core.PairedIntervals;
import dev.modelgate.core.PromotionDecision;
import dev.modelgate.core.RegistrationDecision;
import dev.modelgate.core.VerdictContext;
import dev.modelgate.core.internal.paired.EvidenceMatch;
import dev.modelgate.core.internal.paired.IntervalCalculator;
import dev.modelgate.core.internal.reason.ChampionReason;
import dev.modelgate.core.internal.reason.ConfidenceReason;
import dev.modelgate.core.internal.reason.DecisionReason;
import dev.modelgate.core.internal.reason.GuardReason;
import dev.modelgate.core.internal.reason.ImprovementReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a champion–challenger gate: the strict comparison, the minimum improvements, the
 * confidence check and the guards, all of them, exactly; and, when paired evidence is given, the
 * intervals the verdict shows. Stateless and thread-safe.
 */
public final class ChampionChallengerEvaluator {

  private ChampionChallengerEvaluator() {}

  /**
   * The verdict of {@code gate} on {@code candidate} against {@code champion}, with the intervals
   * of {@code evidence} when it is given.
   *
   * @throws DifferentTestSetsException if the evaluations' or the evidence's test sets differ
   * @throws IllegalArgumentException if the evidence is of other rows or predictions
   */
  public static ChampionChallengerVerdict evaluate(
      ChampionChallengerGate gate,
      RegistrationDecision registration,
      Evaluation candidate,
      @Nullable Evaluation champion,
      @Nullable PairedEvidence evidence,
      VerdictContext context) {
    if (champion != null && !champion.sameTestSet(candidate)) {
      throw new DifferentTestSetsException(champion.testSetFingerprint(), candidate.testSetFingerprint());
    }
    PairedIntervals paired = null;
    if (champion != null && evidence != null) {
      EvidenceMatch.require(evidence, candidate, champion);
      Confidence settings = gate.confidence() == null ? Confidence.reported() : gate.confidence();
      paired = IntervalCalculator.of(evidence, gate.compareOn(), settings);
    }
    boolean registered = registration == RegistrationDecision.REGISTER;
    List<String> reasons = LeadingReasons.of(context);
    if (!registered) {
      reasons.add(DecisionReason.rejectedAtRegistration());
    }
    if (champion == null) {
      boolean promote = registered && gate.firstModel() == FirstModelRule.PROMOTE_IF_REGISTERED;
      if (registered) {
        reasons.add(DecisionReason.firstModel(gate.firstModel()));
      }
      return new ChampionChallengerVerdict(
          decision(promote), registration, candidate, null, List.of(), reasons, context);
    }
    List<CheckResult> checks = checks(gate, candidate, champion, paired);
    boolean promote = registered && checks.stream().allMatch(CheckResult::passed);
    checks.stream().filter(c -> promote || !c.passed()).map(CheckResult::reason).forEach(reasons::add);
    MetricInterval shown = paired == null ? null : paired.improvement();
    if (shown != null && gate.confidence() == null) {
      reasons.add(ConfidenceReason.information(shown, paired.settings()));
    }
    return new ChampionChallengerVerdict(
        decision(promote), registration, candidate, champion, checks, reasons, context, paired);
  }

  private static PromotionDecision decision(boolean promote) {
    return promote ? PromotionDecision.PROMOTE : PromotionDecision.HOLD;
  }

  private static List<CheckResult> checks(
      ChampionChallengerGate gate, Evaluation candidate, Evaluation champion, @Nullable PairedIntervals paired) {
    List<CheckResult> checks = new ArrayList<>();
    PairedValues compared = PairedValues.of(gate.compareOn(), candidate, champion);
    checks.add(betterThanChampion(compared));
    BigDecimal minImprovement = gate.minImprovement();
    if (minImprovement != null) {
      checks.add(minImprovement(compared, minImprovement));
    }
    BigDecimal minRelative = gate.minRelativeImprovement();
    if (minRelative != null) {
      checks.add(minRelativeImprovement(compared, minRelative));
    }
    if (gate.confidence() != null) {
      checks.add(ConfidenceCheck.of(gate, compared, paired));
    }
    for (Guard guard : gate.guards()) {
      checks.add(guard(PairedValues.of(guard.metric(), candidate, champion), guard.maxDrop()));
    }
    return checks;
  }

  private static CheckResult betterThanChampion(PairedValues pair) {
    if (!pair.comparable()) {
      return pair.incomparable(CheckKind.BETTER_THAN_CHAMPION, null);
    }
    Metric metric = pair.metric;
    int sign = pair.improvement().signum();
    String reason =
        sign > 0
            ? ChampionReason.better(metric, pair.candidateValue(), pair.championValue())
            : sign == 0
                ? ChampionReason.tie(metric, pair.candidateValue(), pair.championValue())
                : ChampionReason.worse(metric, pair.candidateValue(), pair.championValue());
    return pair.result(CheckKind.BETTER_THAN_CHAMPION, null, sign > 0, reason);
  }

  private static CheckResult minImprovement(PairedValues pair, BigDecimal required) {
    if (!pair.comparable()) {
      return pair.incomparable(CheckKind.MIN_IMPROVEMENT, required);
    }
    BigDecimal improvement = pair.improvement();
    boolean passed = improvement.compareTo(required) >= 0;
    String reason =
        passed
            ? ImprovementReason.enough(pair.metric, improvement, pair.championValue(), required)
            : ImprovementReason.tooSmall(pair.metric, improvement, pair.championValue(), required);
    return pair.result(CheckKind.MIN_IMPROVEMENT, required, passed, reason);
  }

  private static CheckResult minRelativeImprovement(PairedValues pair, BigDecimal fraction) {
    if (!pair.comparable()) {
      return pair.incomparable(CheckKind.MIN_RELATIVE_IMPROVEMENT, fraction);
    }
    BigDecimal improvement = pair.improvement();
    BigDecimal champion = pair.championValue();
    BigDecimal required = champion.abs().multiply(fraction);
    boolean passed = improvement.compareTo(required) >= 0;
    String reason =
        passed
            ? ImprovementReason.enoughRelative(pair.metric, improvement, champion, required, fraction)
            : ImprovementReason.tooSmallRelative(pair.metric, improvement, champion, required, fraction);
    return pair.result(CheckKind.MIN_RELATIVE_IMPROVEMENT, fraction, passed, reason);
  }

  private static CheckResult guard(PairedValues pair, BigDecimal maxDrop) {
    if (!pair.comparable()) {
      return pair.incomparable(CheckKind.GUARD, maxDrop);
    }
    BigDecimal drop = pair.improvement().negate();
    boolean passed = drop.compareTo(maxDrop) <= 0;
    BigDecimal candidate = pair.candidateValue();
    BigDecimal champion = pair.championValue();
    String reason =
        passed
            ? GuardReason.held(pair.metric, candidate, champion, drop, maxDrop)
            : GuardReason.broken(pair.metric, candidate, champion, drop, maxDrop);
    return pair.result(CheckKind.GUARD, maxDrop, passed, reason);
  }
}
