package dev.modelgate.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which models a verdict is about: the model's name and the registry versions of the candidate and
 * the champion, where known. Immutable and thread-safe.
 *
 * @param model the model's name, such as {@code credit-risk}, not blank
 * @param candidateVersion the candidate's version id; null before the registry assigned one
 * @param championVersion the champion's version id; null when there is no champion or it is unknown
 */
public record ModelIdentity(String model, @Nullable String candidateVersion, @Nullable String championVersion) {

  /** Checks the model's name. */
  public ModelIdentity {
    Objects.requireNonNull(model, "model");
    if (model.isBlank()) {
      throw new IllegalArgumentException("model name must not be blank");
    }
  }
}
