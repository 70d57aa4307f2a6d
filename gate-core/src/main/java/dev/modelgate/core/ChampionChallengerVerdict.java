package dev.modelgate.core;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdict of the champion–challenger gate (layer 2): {@code PROMOTE} when the candidate passed
 * registration and every check passed (or, with no champion, when the policy's first-model rule
 * promotes), {@code HOLD} otherwise. Immutable and thread-safe.
 *
 * @param decision promote or hold
 * @param registration the registration decision this verdict builds on
 * @param candidate the candidate's evaluation
 * @param champion the champion's evaluation, on the same test set; null for a first model
 * @param checks the result of each check, in order: the strict comparison, the minimum
 *     improvements, the guards; empty for a first model
 * @param reasons the failed checks' reasons on a hold, every check's reason on a promotion, and
 *     the first-model rule or the rejection at registration where they decided
 * @param context the evidence
 * @param paired the confidence intervals from the paired evidence of both models on the same rows;
 *     null when no such evidence was given
 */
public record ChampionChallengerVerdict(
    PromotionDecision decision,
    RegistrationDecision registration,
    Evaluation candidate,
    @Nullable Evaluation champion,
    List<CheckResult> checks,
    List<String> reasons,
    VerdictContext context,
    @Nullable PairedIntervals paired)
    implements Verdict {

  /** Copies the lists. */
  public ChampionChallengerVerdict {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(context, "context");
    checks = List.copyOf(checks);
    reasons = List.copyOf(reasons);
  }

  /** A verdict without paired evidence. */
  public ChampionChallengerVerdict(
      PromotionDecision decision,
      RegistrationDecision registration,
      Evaluation candidate,
      @Nullable Evaluation champion,
      List<CheckResult> checks,
      List<String> reasons,
      VerdictContext context) {
    this(decision, registration, candidate, champion, checks, reasons, context, null);
  }

  /** Whether the candidate becomes the champion. */
  public boolean promoted() {
    return decision == PromotionDecision.PROMOTE;
  }

  /** Whether there was no champion, so the policy's first-model rule decided. */
  public boolean firstModel() {
    return champion == null;
  }

  @Override
  public Layer layer() {
    return Layer.CHAMPION_CHALLENGER;
  }

  @Override
  public String decisionName() {
    return decision.name();
  }
}
