package dev.modelgate.core.internal.canary;

import dev.modelgate.core.ModelIdentity;
import dev.modelgate.core.internal.reason.CanaryRunReason;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.ModelRegistry;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The registry half of a promotion: the compare-and-set of the {@code champion} alias from the
 * champion's version seen at the start to the candidate's. Nothing moves in a dry run or without a
 * registry; a conflict or any registry error is a refusal, which rolls the canary back.
 *
 * @param change the recorded move; null when nothing moved
 * @param refusal why the registry did not move the alias; null when it moved or was not asked
 */
record ChampionMove(@Nullable AliasChange change, @Nullable String refusal) {

  static final String CHAMPION = "champion";

  /** Moves the champion alias to the candidate, if there is a registry and this is no dry run. */
  static ChampionMove of(RunSettings settings) {
    ModelRegistry registry = settings.registry();
    if (registry == null || settings.dryRun()) {
      return new ChampionMove(null, null);
    }
    ModelIdentity model = settings.model();
    String candidate = Objects.requireNonNull(model.candidateVersion(), "candidateVersion");
    try {
      AliasChange change = registry.setAlias(
          model.model(), CHAMPION, Optional.ofNullable(model.championVersion()), candidate, settings.actor());
      return new ChampionMove(change, null);
    } catch (RuntimeException e) {
      CanaryLog.problem(model, "canary promotion refused by the registry", e);
      return new ChampionMove(
          null, CanaryRunReason.registryRefused(model.model(), candidate, CanaryRunReason.describe(e)));
    }
  }
}
