package dev.modelgate.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The model in production, as the champion–challenger gate sees it: its registry version and its
 * evaluation on the same fixed test set as the candidate's. Immutable and thread-safe.
 *
 * @param version the champion's registry version id; null when unknown
 * @param evaluation the champion's metrics on the candidate's test set
 */
public record Champion(@Nullable String version, Evaluation evaluation) {

  /** Checks the evaluation. */
  public Champion {
    Objects.requireNonNull(evaluation, "evaluation");
  }

  /** The champion at registry version {@code version}. */
  public static Champion of(String version, Evaluation evaluation) {
    return new Champion(Objects.requireNonNull(version, "version"), evaluation);
  }
}
