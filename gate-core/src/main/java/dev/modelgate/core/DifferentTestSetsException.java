package dev.modelgate.core;

import java.util.Objects;

/**
 * Thrown when a champion and a candidate were evaluated on different test sets: comparing them
 * would compare data, not models, so the gate refuses to decide.
 *
 * <p>Message: {@code different test sets: this would compare data, not models (champion
 * sha256:…, candidate sha256:…)} with both fingerprints in full. Immutable and thread-safe.
 */
public final class DifferentTestSetsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String championFingerprint;
  private final String candidateFingerprint;

  /** An exception naming both fingerprints. */
  public DifferentTestSetsException(String championFingerprint, String candidateFingerprint) {
    super(
        "different test sets: this would compare data, not models (champion "
            + Objects.requireNonNull(championFingerprint, "championFingerprint")
            + ", candidate "
            + Objects.requireNonNull(candidateFingerprint, "candidateFingerprint")
            + ")");
    this.championFingerprint = championFingerprint;
    this.candidateFingerprint = candidateFingerprint;
  }

  /** The fingerprint of the test set the champion was evaluated on. */
  public String championFingerprint() {
    return championFingerprint;
  }

  /** The fingerprint of the test set the candidate was evaluated on. */
  public String candidateFingerprint() {
    return candidateFingerprint;
  }
}
