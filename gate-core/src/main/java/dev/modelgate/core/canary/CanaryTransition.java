package dev.modelgate.core.canary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One recorded move of a canary run between two states: when, at which step, why, and the windows
 * that were its evidence. Immutable and thread-safe.
 *
 * @param from the state left
 * @param to the state entered
 * @param step the step the run is at after the move, from 1; 0 before the first step started
 * @param canaryPercent the canary's traffic share after the move
 * @param at when the move happened, from the run's clock
 * @param reason why, in plain words
 * @param windows the numbers of the windows that were the move's evidence, such as the failed ones
 */
public record CanaryTransition(
    CanaryState from,
    CanaryState to,
    int step,
    int canaryPercent,
    Instant at,
    String reason,
    List<Integer> windows) {

  /** Checks that the move is legal and copies the list. */
  public CanaryTransition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(reason, "reason");
    CanaryStateTransition.between(from, to);
    windows = List.copyOf(windows);
  }
}
