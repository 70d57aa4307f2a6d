package dev.modelgate.core.internal.run;

import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.FastTrack;
import dev.modelgate.core.ModelIdentity;
import dev.modelgate.core.PromotionDecision;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.VerdictContext;
import dev.modelgate.core.internal.gate.DecisionLog;
import dev.modelgate.core.internal.reason.DecisionReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The layer-2 {@code HOLD} verdicts of a run that could not compare, or whose promotion did not
 * land: fail safe, with the problem as the reason right after the fast-track mark. Stateless and
 * thread-safe.
 */
final class HeldVerdicts {

  private HeldVerdicts() {}

  /** A hold without checks, because the comparison could not be made safely. */
  static ChampionChallengerVerdict notCompared(
      RegistrationVerdict registration,
      @Nullable String candidateVersion,
      @Nullable String championVersion,
      String reason,
      Instant decidedAt) {
    VerdictContext first = registration.context();
    VerdictContext context =
        new VerdictContext(
            first.policy(),
            new ModelIdentity(first.model().model(), candidateVersion, championVersion),
            first.testSetFingerprint(),
            first.libraryVersion(),
            decidedAt,
            first.fastTrack());
    List<String> reasons = leading(first.fastTrack());
    reasons.add(reason);
    ChampionChallengerVerdict verdict =
        new ChampionChallengerVerdict(
            PromotionDecision.HOLD, registration.decision(), registration.candidate(), null, List.of(), reasons, context);
    DecisionLog.decided(verdict);
    return verdict;
  }

  /** {@code promoted} turned into a hold, its checks kept, because the promotion did not land. */
  static ChampionChallengerVerdict overruled(ChampionChallengerVerdict promoted, String reason) {
    List<String> reasons = leading(promoted.context().fastTrack());
    int lead = reasons.size();
    reasons.add(reason);
    reasons.addAll(promoted.reasons().subList(lead, promoted.reasons().size()));
    ChampionChallengerVerdict verdict =
        new ChampionChallengerVerdict(
            PromotionDecision.HOLD,
            promoted.registration(),
            promoted.candidate(),
            promoted.champion(),
            promoted.checks(),
            reasons,
            promoted.context(),
            promoted.paired());
    DecisionLog.decided(verdict);
    return verdict;
  }

  private static List<String> leading(@Nullable FastTrack fastTrack) {
    List<String> reasons = new ArrayList<>();
    if (fastTrack != null) {
      reasons.add(DecisionReason.fastTrack(fastTrack));
    }
    return reasons;
  }
}
