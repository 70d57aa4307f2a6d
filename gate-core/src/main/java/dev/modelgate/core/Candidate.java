package dev.modelgate.core;

import dev.modelgate.core.internal.paired.EvidenceMatch;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The model a gate decides on: its name, its registry version once it has one, its evaluation on
 * the fixed test set, and optionally the evidence behind that evaluation. Immutable and
 * thread-safe.
 *
 * <p>With evidence ({@link Evaluator#evaluateWithEvidence}, then {@link
 * SingleEvaluation#candidate(String)}) the registration verdict shows the confidence intervals of
 * the candidate's metrics; without it the verdict has none. The evidence never changes a decision.
 *
 * @param model the model's name, such as {@code credit-risk}, not blank
 * @param version the registry version id; null before registration
 * @param evaluation the candidate's metrics on the fixed test set
 * @param evidence the joint table of the candidate against itself on the evaluation's rows; null
 *     when none was given
 */
public record Candidate(
    String model, @Nullable String version, Evaluation evaluation, @Nullable PairedEvidence evidence) {

  /**
   * Checks the parts, and that the evidence, if any, is of the evaluation and of this one model.
   *
   * @throws DifferentTestSetsException if the evidence is of another test set
   * @throws IllegalArgumentException if the name is blank, or the evidence has other rows or
   *     predictions, or compares two models
   */
  public Candidate {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(evaluation, "evaluation");
    if (model.isBlank()) {
      throw new IllegalArgumentException("model name must not be blank");
    }
    if (evidence != null) {
      EvidenceMatch.requireSingle(evidence, evaluation);
    }
  }

  /** A candidate without evidence. */
  public Candidate(String model, @Nullable String version, Evaluation evaluation) {
    this(model, version, evaluation, null);
  }

  /** A candidate that has no registry version yet. */
  public static Candidate of(String model, Evaluation evaluation) {
    return new Candidate(model, null, evaluation);
  }

  /** This candidate with the version id the registry assigned, its evidence kept. */
  public Candidate withVersion(String version) {
    return new Candidate(model, Objects.requireNonNull(version, "version"), evaluation, evidence);
  }

  /**
   * This candidate with the evidence of its evaluation: the joint table of it against itself.
   *
   * @throws DifferentTestSetsException if the evidence is of another test set
   * @throws IllegalArgumentException if it has other rows or predictions, or compares two models
   */
  public Candidate withEvidence(PairedEvidence evidence) {
    return new Candidate(model, version, evaluation, Objects.requireNonNull(evidence, "evidence"));
  }
}
