package dev.modelgate.core;

/** The decision of the champion–challenger gate (layer 2). */
public enum PromotionDecision {
  /** The candidate is strictly better and every other check passed: it becomes the champion. */
  PROMOTE,
  /** Anything else, a tie included: the champion keeps serving. */
  HOLD
}
