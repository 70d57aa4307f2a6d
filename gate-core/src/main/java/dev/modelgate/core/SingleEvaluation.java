package dev.modelgate.core;

import dev.modelgate.core.internal.paired.EvidenceMatch;
import java.util.Objects;

/**
 * One model's evaluation together with the evidence behind it, so that a registration verdict can
 * show the confidence intervals of its metrics: what {@link Evaluator#evaluateWithEvidence}
 * returns.
 *
 * <pre>{@code
 * SingleEvaluation evaluated = evaluator.evaluateWithEvidence(predictions);
 * RegistrationVerdict registration = gate.registration(evaluated.candidate("credit-risk"));
 * registration.intervals(); // accuracy, error_rate, precision, recall, f1, net_benefit
 * }</pre>
 *
 * <p>The evidence is a {@link PairedEvidence} of the model against itself: its joint table has
 * the model's predictions on both sides, so either margin is the model's confusion matrix.
 * Immutable and thread-safe.
 *
 * @param evaluation the model's evaluation
 * @param evidence the joint table of the model against itself, on the evaluation's rows
 */
public record SingleEvaluation(Evaluation evaluation, PairedEvidence evidence) {

  /**
   * Checks that the evidence is of the evaluation.
   *
   * @throws DifferentTestSetsException if the evidence is of another test set
   * @throws IllegalArgumentException if it has other rows or predictions, or compares two models
   */
  public SingleEvaluation {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(evidence, "evidence");
    EvidenceMatch.requireSingle(evidence, evaluation);
  }

  /** The candidate called {@code model}, without a registry version yet, carrying the evidence. */
  public Candidate candidate(String model) {
    return Candidate.of(model, evaluation).withEvidence(evidence);
  }
}
