package dev.modelgate.core;

/** The decision of the pipeline gate (layer 3). Both are successful outcomes of a pipeline run. */
public enum DeployDecision {
  /** Layer 2 promoted the candidate: the deploy jobs run. */
  DEPLOY,
  /** Layer 2 held: the deploy jobs are skipped, the champion keeps serving, the run is green. */
  SKIP
}
