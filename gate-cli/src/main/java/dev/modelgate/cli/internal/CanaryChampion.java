package dev.modelgate.cli.internal;

import dev.modelgate.core.canary.CanaryDecision;
import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.ModelRegistry;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The champion a canary run replaces, as the registry says, and what the run does with the {@code
 * champion} alias.
 *
 * <ul>
 *   <li>{@code @champion} unset or at another version: that version (or none) is the champion, and
 *       a promotion moves the alias to the candidate with a compare-and-set (the analysis does it).
 *   <li>{@code @champion} already at the candidate, because layer 2 moved it ({@code gate run}
 *       promotes before the canary): the champion is the version the alias pointed to before that
 *       move. A promotion has nothing left to move; any other end moves the alias back to it
 *       ({@link #restore}), so that {@code @champion} names the model that serves.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the champion's version; null when there is none (a first model)
 * @param movedAhead whether {@code @champion} already points to the candidate
 */
public record CanaryChampion(@Nullable String version, boolean movedAhead) {

  /** The alias. */
  public static final String ALIAS = "champion";

  /**
   * The champion of {@code model} against {@code candidate}, read from {@code registry}.
   *
   * @param directory the registry as messages name it
   * @throws InputException if the registry has no version {@code candidate} of {@code model}
   */
  public static CanaryChampion read(
      ModelRegistry registry, String directory, String model, String candidate) {
    if (registry.version(model, candidate).isEmpty()) {
      throw new InputException(CanaryFlagMessages.noSuchVersion(directory, model, candidate));
    }
    Optional<String> champion = registry.alias(model, ALIAS);
    if (champion.isEmpty() || !champion.get().equals(candidate)) {
      return new CanaryChampion(champion.orElse(null), false);
    }
    List<AliasChange> history = registry.aliasHistory(model);
    for (int i = history.size() - 1; i >= 0; i--) {
      AliasChange change = history.get(i);
      if (change.alias().equals(ALIAS) && change.to().equals(champion)
          && !change.from().equals(champion)) {
        return new CanaryChampion(change.from().orElse(null), true);
      }
    }
    return new CanaryChampion(null, true);
  }

  /** Whether the analysis itself moves the alias on a promotion. */
  public boolean movedByPromotion() {
    return !movedAhead;
  }

  /**
   * After a run that did not promote, moves {@code @champion} back from the candidate to this
   * champion (or deletes it when there is none), with a compare-and-set as {@code actor}; nothing
   * in a dry run, after a promotion, or when the alias was not moved ahead.
   *
   * @return the recorded move; empty when nothing was to be moved
   * @throws RuntimeException as the registry throws, such as an alias conflict
   */
  public Optional<AliasChange> restore(ModelRegistry registry, CanaryVerdict verdict, String actor) {
    if (!movedAhead || verdict.dryRun() || verdict.decision() == CanaryDecision.PROMOTE) {
      return Optional.empty();
    }
    String model = verdict.model().model();
    String candidate = String.valueOf(verdict.model().candidateVersion());
    return Optional.of(
        version == null
            ? registry.deleteAlias(model, ALIAS, candidate, actor)
            : registry.setAlias(model, ALIAS, Optional.of(candidate), version, actor));
  }
}
