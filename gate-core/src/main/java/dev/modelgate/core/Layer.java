package dev.modelgate.core;

/**
 * The layers of a quality policy, in the order a candidate passes them. Each catches what the one
 * before missed. Layer 4, the canary on live traffic, is run by {@link
 * dev.modelgate.core.canary.CanaryAnalysis} and decides in a {@link
 * dev.modelgate.core.canary.CanaryVerdict} of its own.
 */
public enum Layer {
  /** Layer 1: does the candidate clear the minimum bar? {@code REGISTER} / {@code REJECT}. */
  REGISTRATION,
  /**
   * Layer 2: is the candidate strictly better than the champion? {@code PROMOTE} / {@code HOLD}.
   */
  CHAMPION_CHALLENGER,
  /** Layer 3: should the deploy jobs run? {@code DEPLOY} / {@code SKIP}. */
  PIPELINE
}
