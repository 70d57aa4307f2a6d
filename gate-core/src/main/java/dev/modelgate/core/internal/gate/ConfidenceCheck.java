package dev.modelgate.core.internal.gate;

import dev.modelgate.core.ChampionChallengerGate;
import dev.modelgate.core.CheckKind;
import dev.modelgate.core.CheckResult;
import dev.modelgate.core.Confidence;
import dev.modelgate.core.MetricInterval;
import dev.modelgate.core.PairedIntervals;
import dev.modelgate.core.internal.reason.ConfidenceReason;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The confidence check of layer 2: the lower bound of the paired interval for the improvement must
 * lie strictly above the bound, the largest of 0, the minimum improvement and the minimum relative
 * improvement's amount. No evidence, no interval or an undefined one fails: undefined is never a
 * pass. Stateless and thread-safe.
 */
final class ConfidenceCheck {

  private ConfidenceCheck() {}

  /** The check of {@code gate}, which asks for confidence, on {@code pair} with {@code paired}. */
  static CheckResult of(ChampionChallengerGate gate, PairedValues pair, @Nullable PairedIntervals paired) {
    Confidence confidence = Objects.requireNonNull(gate.confidence(), "confidence");
    BigDecimal minimum = gate.minImprovement();
    BigDecimal bound = minimum == null ? BigDecimal.ZERO : minimum;
    if (!pair.comparable()) {
      return pair.incomparable(CheckKind.CONFIDENT_IMPROVEMENT, bound);
    }
    BigDecimal champion = pair.championValue();
    String boundText = minimum == null ? "0" : minimum.toPlainString();
    BigDecimal relative = gate.minRelativeImprovement();
    if (relative != null && champion.abs().multiply(relative).compareTo(bound) > 0) {
      bound = champion.abs().multiply(relative);
      boundText = Decimals.showLike(bound, champion) + " (" + Decimals.percent(relative) + " of |champion|)";
    }
    if (paired == null) {
      return failed(pair, bound, ConfidenceReason.noEvidence(confidence));
    }
    MetricInterval interval = paired.improvement();
    if (interval == null) {
      return failed(pair, bound, ConfidenceReason.noInterval(pair.metric, confidence));
    }
    if (!interval.defined()) {
      return failed(pair, bound, ConfidenceReason.undefined(pair.metric, confidence));
    }
    boolean confident = interval.lower().value().compareTo(bound) > 0;
    String reason =
        ConfidenceReason.judged(pair.metric, pair.improvement(), interval, confidence, bound, boundText, confident);
    return pair.result(CheckKind.CONFIDENT_IMPROVEMENT, bound, confident, reason);
  }

  private static CheckResult failed(PairedValues pair, BigDecimal bound, String reason) {
    return pair.result(CheckKind.CONFIDENT_IMPROVEMENT, bound, false, reason);
  }
}
