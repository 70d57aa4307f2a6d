package dev.modelgate.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The model a gate decides on: its name, its registry version once it has one, and its evaluation
 * on the fixed test set. Immutable and thread-safe.
 *
 * @param model the model's name, such as {@code credit-risk}, not blank
 * @param version the registry version id; null before registration
 * @param evaluation the candidate's metrics on the fixed test set
 */
public record Candidate(String model, @Nullable String version, Evaluation evaluation) {

  /** Checks the parts. */
  public Candidate {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(evaluation, "evaluation");
    if (model.isBlank()) {
      throw new IllegalArgumentException("model name must not be blank");
    }
  }

  /** A candidate that has no registry version yet. */
  public static Candidate of(String model, Evaluation evaluation) {
    return new Candidate(model, null, evaluation);
  }

  /** This candidate with the version id the registry assigned. */
  public Candidate withVersion(String version) {
    return new Candidate(model, Objects.requireNonNull(version, "version"), evaluation);
  }
}
