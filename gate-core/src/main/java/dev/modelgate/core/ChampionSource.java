package dev.modelgate.core;

/** Where the champion's side of a {@link GateRun}'s comparison came from. */
public enum ChampionSource {
  /** The caller passed the champion, re-scored on today's test set. */
  CALLER,
  /** The evaluation recorded with the champion's version in the registry. */
  REGISTRY,
  /** The registry has no champion yet: the policy's first-model rule decided. */
  NONE,
  /** The run ended before the champion was looked up (a rejection, a registry failure). */
  NOT_READ
}
