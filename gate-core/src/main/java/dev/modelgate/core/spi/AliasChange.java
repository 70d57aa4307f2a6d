package dev.modelgate.core.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One move of an alias, as {@link ModelRegistry#aliasHistory} lists it: which alias of which
 * model went from which version to which, who moved it and when. Immutable and thread-safe.
 *
 * @param model the model's name
 * @param alias the alias, such as {@code champion}
 * @param from the version it pointed to before, empty when it was unset
 * @param to the version it points to after, empty when the move deleted it
 * @param actor who moved it, as the caller named itself
 * @param at when the registry moved it
 */
public record AliasChange(
    String model,
    String alias,
    Optional<String> from,
    Optional<String> to,
    String actor,
    Instant at) {

  /** Checks every field. */
  public AliasChange {
    RegistryNames.requireModelName(model);
    RegistryNames.requireAlias(alias);
    Objects.requireNonNull(from, "from").ifPresent(RegistryNames::requireVersion);
    Objects.requireNonNull(to, "to").ifPresent(RegistryNames::requireVersion);
    RegistryNames.requireActor(actor);
    Objects.requireNonNull(at, "at");
  }

  /** Whether this change deleted the alias. */
  public boolean isDeletion() {
    return to.isEmpty();
  }

  @Override
  public String toString() {
    return at
        + " "
        + actor
        + " moved "
        + model
        + "@"
        + alias
        + " from "
        + from.map(v -> "version " + v).orElse("unset")
        + " to "
        + to.map(v -> "version " + v).orElse("unset");
  }
}
