package dev.modelgate.core;

import dev.modelgate.core.internal.reason.PairedReason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The model in production, as the champion–challenger gate sees it: its registry version, its
 * evaluation on the same fixed test set as the candidate's, and optionally the paired evidence of
 * both models scored on the same rows. Immutable and thread-safe.
 *
 * <p>With paired evidence the verdict shows confidence intervals for both models and for the
 * improvement, and a policy {@code withConfidence(0.95)} can decide; without it (a champion read
 * from the registry, say) such a policy holds. Build one with evidence by {@link
 * PairedEvaluation#champion(String)}.
 *
 * @param version the champion's registry version id; null when unknown
 * @param evaluation the champion's metrics on the candidate's test set
 * @param paired the joint table of champion and candidate on the same rows; null when the champion
 *     was not scored with the candidate
 */
public record Champion(@Nullable String version, Evaluation evaluation, @Nullable PairedEvidence paired) {

  /**
   * Checks that the evidence, if any, is of the evaluation's test set and rows.
   *
   * @throws DifferentTestSetsException if the evidence is of another test set
   * @throws IllegalArgumentException if the evidence has another number of rows
   */
  public Champion {
    Objects.requireNonNull(evaluation, "evaluation");
    if (paired != null) {
      if (!paired.testSetFingerprint().equals(evaluation.testSetFingerprint())) {
        throw new DifferentTestSetsException(evaluation.testSetFingerprint(), paired.testSetFingerprint());
      }
      if (paired.rows() != evaluation.rows()) {
        throw new IllegalArgumentException(PairedReason.otherRows("champion", paired.rows(), evaluation.rows()));
      }
    }
  }

  /** A champion without paired evidence. */
  public Champion(@Nullable String version, Evaluation evaluation) {
    this(version, evaluation, null);
  }

  /** The champion at registry version {@code version}, without paired evidence. */
  public static Champion of(String version, Evaluation evaluation) {
    return new Champion(Objects.requireNonNull(version, "version"), evaluation);
  }

  /** This champion known by registry version {@code version}, its evidence kept. */
  public Champion withVersion(@Nullable String version) {
    return new Champion(version, evaluation, paired);
  }

  /** This champion with the paired evidence of it and the candidate on the same rows. */
  public Champion withEvidence(PairedEvidence evidence) {
    return new Champion(version, evaluation, Objects.requireNonNull(evidence, "evidence"));
  }
}
