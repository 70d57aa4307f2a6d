package dev.modelgate.core.registry;

import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.core.spi.RegistryNames;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compare-and-set rule every built-in registry applies to its alias map, and the log line of
 * each move. Callers hold the model's lock.
 */
final class AliasMoves {

  private static final Logger log = LoggerFactory.getLogger(AliasMoves.class);

  private AliasMoves() {}

  /** Checks the arguments' names before any storage is touched. */
  static void checkNames(String model, String alias, Optional<String> expected, String actor) {
    RegistryNames.requireModelName(model);
    RegistryNames.requireAlias(alias);
    expected.ifPresent(RegistryNames::requireVersion);
    RegistryNames.requireActor(actor);
  }

  /**
   * Moves {@code alias} in {@code aliases} to {@code target} (or removes it when empty) if it
   * points to {@code expected}, and returns the change.
   *
   * @throws AliasConflictException if it does not
   */
  static AliasChange move(
      Map<String, String> aliases,
      String model,
      String alias,
      Optional<String> expected,
      Optional<String> target,
      String actor,
      Clock clock) {
    Optional<String> actual = Optional.ofNullable(aliases.get(alias));
    if (!actual.equals(expected)) {
      log.atInfo()
          .setMessage("alias move refused: it moved since it was read")
          .addKeyValue("model", model)
          .addKeyValue("alias", alias)
          .addKeyValue("expected", expected.orElse(""))
          .addKeyValue("actual", actual.orElse(""))
          .addKeyValue("actor", actor)
          .log();
      throw new AliasConflictException(model, alias, expected, actual);
    }
    if (target.isPresent()) {
      aliases.put(alias, target.get());
    } else {
      aliases.remove(alias);
    }
    AliasChange change = new AliasChange(model, alias, actual, target, actor, clock.instant());
    log.atInfo()
        .setMessage("alias moved")
        .addKeyValue("model", model)
        .addKeyValue("alias", alias)
        .addKeyValue("from", actual.orElse(""))
        .addKeyValue("to", target.orElse(""))
        .addKeyValue("actor", actor)
        .log();
    return change;
  }
}
