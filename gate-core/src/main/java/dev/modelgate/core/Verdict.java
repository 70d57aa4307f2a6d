package dev.modelgate.core;

import java.util.List;

/**
 * The outcome of one layer: its decision, the result of each check, the reasons in plain words,
 * and the evidence ({@link VerdictContext}). Verdicts are values that a test can assert on and a
 * report can serialise. Implementations are immutable and thread-safe.
 */
public sealed interface Verdict permits RegistrationVerdict, ChampionChallengerVerdict, PipelineVerdict {

  /** The layer that decided. */
  Layer layer();

  /** The decision's name: {@code REGISTER}, {@code HOLD}, {@code DEPLOY}, … */
  String decisionName();

  /**
   * Why the layer decided as it did, in plain words; the first reason of a fast-track verdict names
   * the fast-track's approver and reason.
   */
  List<String> reasons();

  /** The evidence: policy, models, test set, library version, time, fast-track mark. */
  VerdictContext context();
}
