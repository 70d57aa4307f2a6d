package dev.modelgate.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Champion and candidate evaluated on the same rows, with the {@link PairedEvidence} that lets
 * layer 2 put a confidence interval on the improvement: what {@link Evaluator#evaluatePaired}
 * returns.
 *
 * <pre>{@code
 * PairedEvaluation paired = evaluator.evaluatePaired(championPredictions, candidatePredictions);
 * RegistrationVerdict registration = gate.registration(paired.candidate("credit-risk"));
 * ChampionChallengerVerdict verdict = gate.championChallenger(registration, paired.champion("7"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param champion the champion's evaluation
 * @param candidate the candidate's evaluation, on the same test set
 * @param evidence the joint table of both on the same rows
 */
public record PairedEvaluation(Evaluation champion, Evaluation candidate, PairedEvidence evidence) {

  /**
   * Checks that all three are of one test set.
   *
   * @throws DifferentTestSetsException if they are not
   */
  public PairedEvaluation {
    Objects.requireNonNull(champion, "champion");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(evidence, "evidence");
    if (!champion.sameTestSet(candidate)) {
      throw new DifferentTestSetsException(champion.testSetFingerprint(), candidate.testSetFingerprint());
    }
    if (!evidence.testSetFingerprint().equals(candidate.testSetFingerprint())) {
      throw new DifferentTestSetsException(evidence.testSetFingerprint(), candidate.testSetFingerprint());
    }
  }

  /** The champion at registry version {@code version} (null when unknown), with the evidence. */
  public Champion champion(@Nullable String version) {
    return new Champion(version, champion, evidence);
  }

  /** The candidate called {@code model}, without a registry version yet. */
  public Candidate candidate(String model) {
    return Candidate.of(model, candidate);
  }
}
