package dev.modelgate.core.internal.run;

import dev.modelgate.core.spi.AliasConflictException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The summary of each outcome of a gate run, one factory per outcome; a run that could not compare
 * also gives this text as the reason of its layer-2 {@code HOLD}. Stateless and thread-safe.
 */
public final class RunSummaries {

  private static final String PASS_CHAMPION = "pass the champion re-scored on today's test set";

  private RunSummaries() {}

  /** "credit-risk was rejected at registration, so the registry was not touched". */
  public static String rejected(String model) {
    return model + " was rejected at registration, so the registry was not touched";
  }

  /**
   * "version 2 of credit-risk is the new champion, replacing version 1", or "version 1 of
   * credit-risk is the first champion" when the alias was unset.
   */
  public static String promoted(String model, String version, @Nullable String previous) {
    return previous == null
        ? "version " + version + " of " + model + " is the first champion"
        : "version " + version + " of " + model + " is the new champion, replacing version " + previous;
  }

  /**
   * "version 2 of credit-risk was held: version 1 stays champion", or "…: the champion alias stays
   * unset" when there is no champion.
   */
  public static String held(String model, String version, @Nullable String champion) {
    return "version " + version + " of " + model + " was held: "
        + (champion == null ? "the champion alias stays unset" : "version " + champion + " stays champion");
  }

  /**
   * "version 2 of credit-risk was not promoted: the champion moved from version 1 to version 3
   * since it was read, so it was compared with a stale champion; run the gate again".
   */
  public static String championMoved(String model, String version, AliasConflictException conflict) {
    return "version " + version + " of " + model + " was not promoted: the champion moved from "
        + shown(conflict.expected()) + " to " + shown(conflict.actual())
        + " since it was read, so it was compared with a stale champion; run the gate again";
  }

  /**
   * "the registry's evaluation of champion version 1 of credit-risk is on another test set
   * (sha256:b…) than the candidate's (sha256:a…): refused, not compared; pass the champion
   * re-scored on today's test set".
   */
  public static String staleChampion(String model, String champion, String recorded, String today) {
    return "the registry's evaluation of champion version " + champion + " of " + model
        + " is on another test set (" + recorded + ") than the candidate's (" + today
        + "): refused, not compared; " + PASS_CHAMPION;
  }

  /**
   * "the champion passed to the run is version 3, but the registry's champion of credit-risk is
   * version 1: not compared", or "…, but credit-risk has no champion in the registry: not
   * compared".
   */
  public static String championMismatch(String model, String given, @Nullable String registered) {
    return "the champion passed to the run is version " + given + ", but "
        + (registered == null
            ? model + " has no champion in the registry"
            : "the registry's champion of " + model + " is version " + registered)
        + ": not compared";
  }

  /**
   * "champion version 1 of credit-risk has no evaluation in the registry: not compared; pass the
   * champion re-scored on today's test set".
   */
  public static String noChampionEvaluation(String model, String champion) {
    return "champion version " + champion + " of " + model + " has no evaluation in the registry: not compared; "
        + PASS_CHAMPION;
  }

  /** "the registry failed, so nothing was promoted: registering credit-risk failed (…)". */
  public static String registryFailed(String failedAction) {
    return "the registry failed, so nothing was promoted: " + failedAction;
  }

  static String shown(Optional<String> version) {
    return version.map(v -> "version " + v).orElse("unset");
  }
}
