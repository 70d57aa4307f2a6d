package dev.modelgate.mlflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.core.spi.NoSuchVersionException;
import dev.modelgate.core.spi.RegistryException;
import dev.modelgate.mlflow.MlflowNotFoundException;
import dev.modelgate.mlflow.MlflowUnavailableException;
import dev.modelgate.mlflow.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compare-and-set of MLflow aliases, which MLflow does not have: read the alias, check it against
 * the caller's expectation, set (or delete) it, read it back, and record the move in the model's
 * {@link AliasHistoryTags history tags}. Thread-safe.
 *
 * <p>Within one adapter instance the sequence holds the model's lock, so it is atomic against
 * every other move made through that instance. Across processes it is not: another writer can move
 * the alias between the read and the set, and the set then overwrites that move. The read-back
 * catches a writer that lands between the set and the read-back ({@link AliasConflictException},
 * nothing recorded); it cannot catch one that landed before the set. A set whose answer is lost
 * (timeout, 5xx) is not re-sent blindly: the alias is re-read, and the set counts as done if the
 * alias points at the target, is re-sent if it still points where expected, and is refused as a
 * conflict otherwise.
 */
public final class AliasMover {

  private static final Logger log = LoggerFactory.getLogger(AliasMover.class);

  private final MlflowApi api;
  private final TagCodec codec;
  private final ModelLocks locks;
  private final Clock clock;
  private final Sleeper sleeper;

  /** A mover that calls {@code api} and dates the moves it records with {@code clock}. */
  public AliasMover(MlflowApi api, TagCodec codec, ModelLocks locks, Clock clock, Sleeper sleeper) {
    this.api = api;
    this.codec = codec;
    this.locks = locks;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Moves {@code alias} of {@code model} from {@code expected} to {@code target} (deletes it when
   * {@code target} is empty) and records the move.
   *
   * @throws AliasConflictException if the alias is not at {@code expected}, or moved on before the
   *     read-back
   * @throws NoSuchVersionException if {@code target} does not exist
   */
  public AliasChange move(
      String model, String alias, Optional<String> expected, Optional<String> target,
      String actor) {
    synchronized (locks.of(model)) {
      Optional<String> actual = api.alias(model, alias);
      if (!actual.equals(expected)) {
        throw refused(model, alias, expected, actual, actor, "it moved since it was read");
      }
      send(model, alias, expected, target, actor);
      Optional<String> after = api.alias(model, alias);
      if (!after.equals(target)) {
        throw refused(model, alias, expected, after, actor, "another writer moved it right after");
      }
      AliasChange change = new AliasChange(model, alias, actual, target, actor, clock.instant());
      record(change);
      log.atInfo().setMessage("alias moved").addKeyValue("model", model)
          .addKeyValue("alias", alias).addKeyValue("from", actual.orElse(""))
          .addKeyValue("to", target.orElse("")).addKeyValue("actor", actor).log();
      return change;
    }
  }

  /** The moves recorded for {@code model}, oldest first. */
  public List<AliasChange> history(String model) {
    Map<String, String> stored =
        api.model(model).map(VersionReader::storedTags).orElse(Map.of());
    return AliasHistoryTags.read(model, codec.decode(stored, MlflowMessages.modelOwner(model)));
  }

  private void send(
      String model, String alias, Optional<String> expected, Optional<String> target,
      String actor) {
    for (int attempt = 1; ; attempt++) {
      try {
        if (target.isPresent()) {
          api.setAlias(model, alias, target.get());
        } else {
          api.deleteAlias(model, alias);
        }
        return;
      } catch (MlflowNotFoundException missing) {
        if (target.isPresent()) {
          throw new NoSuchVersionException(model, target.get());
        }
        throw missing;
      } catch (MlflowUnavailableException lost) {
        if (attempt >= api.http().backoff().maxAttempts()) {
          throw lost;
        }
        pause(api.http().backoff().delay(attempt, Optional.empty()), lost);
        Optional<String> now = api.alias(model, alias);
        if (now.equals(target)) {
          log.atInfo().setMessage("alias move landed although its answer was lost")
              .addKeyValue("model", model).addKeyValue("alias", alias)
              .addKeyValue("failure", lost.getMessage()).log();
          return;
        }
        if (!now.equals(expected)) {
          throw refused(model, alias, expected, now, actor, "it moved while the answer was lost");
        }
      }
    }
  }

  private void record(AliasChange change) {
    String model = change.model();
    try {
      Map<String, String> stored =
          api.model(model).map(VersionReader::storedTags).orElse(Map.of());
      String key = AliasHistoryTags.nextKey(codec.decode(stored, MlflowMessages.modelOwner(model)));
      for (TagCodec.TagOp op : codec.plan(Map.of(key, AliasHistoryTags.value(change)), stored)) {
        api.modelTag(model, op);
      }
    } catch (RegistryException e) {
      log.atError().setMessage("alias moved, but MLflow did not take its history record")
          .addKeyValue("change", change).addKeyValue("failure", e.getMessage()).log();
    }
  }

  private void pause(Duration wait, MlflowUnavailableException lost) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw lost;
    }
  }

  private static AliasConflictException refused(
      String model, String alias, Optional<String> expected, Optional<String> actual,
      String actor, String why) {
    log.atInfo().setMessage("alias move refused: " + why).addKeyValue("model", model)
        .addKeyValue("alias", alias).addKeyValue("expected", expected.orElse(""))
        .addKeyValue("actual", actual.orElse("")).addKeyValue("actor", actor).log();
    return new AliasConflictException(model, alias, expected, actual);
  }

  /** The version {@code alias} of {@code model} points to, empty when it is not set. */
  public Optional<String> read(String model, String alias) {
    return api.alias(model, alias);
  }

  /** The aliases of {@code model} and their versions, sorted; empty for an unknown model. */
  public Map<String, String> aliases(String model) {
    Map<String, String> aliases = new TreeMap<>();
    api.model(model).ifPresent(node -> {
      for (JsonNode entry : node.path("aliases")) {
        if (entry.path("alias").isTextual() && entry.has("version")) {
          aliases.put(entry.path("alias").asText(), entry.path("version").asText());
        }
      }
    });
    return aliases;
  }
}
