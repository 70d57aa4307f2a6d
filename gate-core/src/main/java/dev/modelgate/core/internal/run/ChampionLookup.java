package dev.modelgate.core.internal.run;

import dev.modelgate.core.Champion;
import dev.modelgate.core.ChampionSource;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.spi.ModelVersion;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a run's champion comes from: the caller's champion, else the evaluation recorded with the
 * champion's registry version, used only when it is on the candidate's test set. Immutable.
 *
 * @param champion the champion to compare with; null for a first model or a refusal
 * @param version the champion's version; null when there is none or it is unknown
 * @param source where the champion came from
 * @param refusal why the champion was refused, null when it was not
 * @param reason the refusal in plain words, null when it was not refused
 */
record ChampionLookup(
    @Nullable Champion champion,
    @Nullable String version,
    ChampionSource source,
    @Nullable RunOutcome refusal,
    @Nullable String reason) {

  static final String CHAMPION = "champion";

  /**
   * The champion for a candidate evaluated as {@code candidate}, given the caller's champion and
   * the version the {@code champion} alias points to.
   */
  static ChampionLookup find(
      String model, @Nullable Champion given, Optional<String> seen, Evaluation candidate, RegistrySteps steps)
      throws StepFailed {
    if (given != null) {
      String version = given.version();
      if (version != null && !seen.equals(Optional.of(version))) {
        return refused(version, ChampionSource.CALLER, RunOutcome.CHAMPION_MISMATCH,
            RunSummaries.championMismatch(model, version, seen.orElse(null)));
      }
      String known = version != null ? version : seen.orElse(null);
      return new ChampionLookup(given.withVersion(known), known, ChampionSource.CALLER, null, null);
    }
    if (seen.isEmpty()) {
      return new ChampionLookup(null, null, ChampionSource.NONE, null, null);
    }
    String version = seen.get();
    ModelVersion record = steps.readVersion(version, CHAMPION);
    Optional<Evaluation> recorded = record.evaluation();
    if (recorded.isEmpty()) {
      return refused(version, ChampionSource.REGISTRY, RunOutcome.NO_CHAMPION_EVALUATION,
          RunSummaries.noChampionEvaluation(model, version));
    }
    if (!recorded.get().sameTestSet(candidate)) {
      return refused(version, ChampionSource.REGISTRY, RunOutcome.STALE_CHAMPION,
          RunSummaries.staleChampion(
              model, version, recorded.get().testSetFingerprint(), candidate.testSetFingerprint()));
    }
    return new ChampionLookup(Champion.of(version, recorded.get()), version, ChampionSource.REGISTRY, null, null);
  }

  private static ChampionLookup refused(String version, ChampionSource source, RunOutcome refusal, String reason) {
    return new ChampionLookup(null, version, source, refusal, reason);
  }
}
