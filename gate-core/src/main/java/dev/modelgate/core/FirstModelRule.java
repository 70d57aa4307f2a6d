package dev.modelgate.core;

/**
 * What the champion–challenger gate decides when there is no champion yet, the first model ever.
 * The choice is part of the policy and is reported in the verdict's reasons.
 */
public enum FirstModelRule {
  /** The default: the first model is promoted when it passed registration, held otherwise. */
  PROMOTE_IF_REGISTERED,
  /** The first model is always held, so that a person promotes it by hand. */
  HOLD
}
