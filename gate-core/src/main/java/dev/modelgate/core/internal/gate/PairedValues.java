package dev.modelgate.core.internal.gate;

import dev.modelgate.core.CheckKind;
import dev.modelgate.core.CheckResult;
import dev.modelgate.core.Direction;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.internal.reason.MissingReason;
import dev.modelgate.core.internal.reason.UndefinedReason;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One metric of the candidate and of the champion, side by side, with the reason the pair cannot
 * be compared when a side is missing or undefined (NaN). Immutable and thread-safe.
 */
final class PairedValues {

  final Metric metric;
  final @Nullable MetricValue candidate;
  final @Nullable MetricValue champion;
  final @Nullable String problem;

  private PairedValues(Metric metric, Evaluation candidate, Evaluation champion) {
    this.metric = metric;
    this.candidate = candidate.metric(metric).orElse(null);
    this.champion = champion.metric(metric).orElse(null);
    this.problem = problem(metric, this.candidate, this.champion);
  }

  static PairedValues of(Metric metric, Evaluation candidate, Evaluation champion) {
    return new PairedValues(metric, candidate, champion);
  }

  private static @Nullable String problem(
      Metric metric, @Nullable MetricValue candidate, @Nullable MetricValue champion) {
    if (candidate == null) {
      return MissingReason.of("candidate", metric);
    }
    if (!candidate.isDefined()) {
      return UndefinedReason.of("candidate", metric);
    }
    if (champion == null) {
      return MissingReason.of("champion", metric);
    }
    if (!champion.isDefined()) {
      return UndefinedReason.of("champion", metric);
    }
    return null;
  }

  /** Whether both sides are defined. */
  boolean comparable() {
    return problem == null;
  }

  BigDecimal candidateValue() {
    return Objects.requireNonNull(candidate).value();
  }

  BigDecimal championValue() {
    return Objects.requireNonNull(champion).value();
  }

  /** How much better the candidate is in the metric's direction; negative when worse. */
  BigDecimal improvement() {
    return metric.direction() == Direction.HIGHER_IS_BETTER
        ? candidateValue().subtract(championValue())
        : championValue().subtract(candidateValue());
  }

  /** A failed check for an incomparable pair, with the pair's problem as its reason. */
  CheckResult incomparable(CheckKind kind, @Nullable BigDecimal bound) {
    return new CheckResult(kind, metric, candidate, bound, champion, false, Objects.requireNonNull(problem));
  }

  /** A check result for a comparable pair. */
  CheckResult result(CheckKind kind, @Nullable BigDecimal bound, boolean passed, String reason) {
    return new CheckResult(kind, metric, candidate, bound, champion, passed, reason);
  }
}
