package dev.modelgate.core.canary;

import java.io.Serial;

/**
 * Thrown on a move between two {@link CanaryState}s that {@link CanaryStateTransition} does not
 * list, such as {@code PROMOTED → RUNNING}: a bug, never a decision.
 */
public final class IllegalStateTransitionException extends IllegalStateException {

  @Serial private static final long serialVersionUID = 1L;

  private final CanaryState from;
  private final CanaryState to;

  /** "illegal canary state transition PROMOTED → RUNNING". */
  public IllegalStateTransitionException(CanaryState from, CanaryState to) {
    super("illegal canary state transition " + from + " → " + to);
    this.from = from;
    this.to = to;
  }

  /** The state the move would have left. */
  public CanaryState from() {
    return from;
  }

  /** The state the move would have entered. */
  public CanaryState to() {
    return to;
  }
}
