package dev.modelgate.core;

import java.util.List;
import java.util.Objects;

/**
 * The pipeline verdict together with the outcome of publishing it. A publisher failure never turns
 * a {@code SKIP} into a {@code DEPLOY}; and because a deploy decision that could not be published
 * must not be acted on half-way, {@link #effectiveDecision()} fails safe to {@code SKIP}. Immutable
 * and thread-safe.
 *
 * @param verdict the pipeline verdict, as decided
 * @param failures the publishers that failed, empty when every publisher succeeded
 */
public record PipelineResult(PipelineVerdict verdict, List<PublisherFailure> failures) {

  /** Copies the failures. */
  public PipelineResult {
    Objects.requireNonNull(verdict, "verdict");
    failures = List.copyOf(failures);
  }

  /** Whether every publisher published the verdict. */
  public boolean published() {
    return failures.isEmpty();
  }

  /**
   * The decision to act on: the verdict's when every publisher succeeded, otherwise {@code SKIP}.
   * Example: DEPLOY published gives DEPLOY; DEPLOY with a failed publisher gives SKIP; SKIP gives
   * SKIP either way.
   */
  public DeployDecision effectiveDecision() {
    return published() ? verdict.decision() : DeployDecision.SKIP;
  }
}
