package dev.modelgate.core.canary;

/** Which of the two models of a canary served a request: the champion or the canary. */
public enum ModelRole {
  /** The serving model, which keeps the rest of the traffic. */
  CHAMPION,
  /** The candidate under analysis, which receives the canary's share. */
  CANARY
}
