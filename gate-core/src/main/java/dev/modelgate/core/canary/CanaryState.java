package dev.modelgate.core.canary;

/**
 * The states of a canary run: {@code PENDING → RUNNING (step by step) → PROMOTED | ROLLED_BACK},
 * plus {@link #HELD} when the policy holds an inconclusive run and {@link #ROLLBACK_FAILED} when
 * the traffic could not be sent back to the champion. {@link CanaryStateTransition} lists every
 * legal move; any other is an {@link IllegalStateTransitionException}.
 */
public enum CanaryState {
  /** Created; no traffic moved yet. */
  PENDING(false),
  /** The canary receives a step's share of the traffic and its windows are judged. */
  RUNNING(false),
  /** The canary serves all traffic and, with a registry, is the champion. Terminal. */
  PROMOTED(true),
  /** All traffic is back on the champion. Terminal. */
  ROLLED_BACK(true),
  /** The run stopped on inconclusive data with the split unchanged, for a person to decide. Terminal. */
  HELD(true),
  /**
   * The rollback was attempted and retried but not confirmed: the canary may still receive traffic.
   * Terminal, and reported loudly.
   */
  ROLLBACK_FAILED(true);

  private final boolean terminal;

  CanaryState(boolean terminal) {
    this.terminal = terminal;
  }

  /** Whether no transition leaves this state. */
  public boolean terminal() {
    return terminal;
  }
}
