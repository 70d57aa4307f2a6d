package dev.modelgate.core.canary;

import dev.modelgate.core.ModelIdentity;
import dev.modelgate.core.spi.AliasChange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdict of a canary run (layer 4): its decision, the state it ended in, whether it was a dry
 * run, why, and the whole evidence — every window with its checks, every state transition, every
 * traffic action and whether the router confirmed it, and the champion alias move of a promotion.
 * Immutable and thread-safe.
 *
 * @param decision promote, roll back or hold
 * @param state the terminal state the run ended in
 * @param dryRun whether the run only analysed: no traffic moved and the registry was not touched,
 *     so the decision is what the run would have done
 * @param model the model, the candidate's version and the champion's at the start
 * @param policy the canary gate that decided
 * @param reasons why, in plain words: the decisive transition's reason first
 * @param windows every window judged, in order
 * @param transitions every state transition, in order
 * @param actions every traffic action, in order
 * @param championChange the registry's move of the champion alias on a promotion; null otherwise
 * @param router the router's name; {@code none} for a dry run without a router
 * @param metrics the metrics source's name
 * @param startedAt when the run started, from its clock
 * @param finishedAt when it ended
 * @param libraryVersion the ModelGate version that decided
 */
public record CanaryVerdict(
    CanaryDecision decision,
    CanaryState state,
    boolean dryRun,
    ModelIdentity model,
    CanaryGate policy,
    List<String> reasons,
    List<WindowResult> windows,
    List<CanaryTransition> transitions,
    List<RouterAction> actions,
    @Nullable AliasChange championChange,
    String router,
    String metrics,
    Instant startedAt,
    Instant finishedAt,
    String libraryVersion) {

  /** Checks for nulls and copies the lists. */
  public CanaryVerdict {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(router, "router");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    reasons = List.copyOf(reasons);
    windows = List.copyOf(windows);
    transitions = List.copyOf(transitions);
    actions = List.copyOf(actions);
  }

  /** Whether the candidate was promoted (never true for a dry run). */
  public boolean promoted() {
    return decision == CanaryDecision.PROMOTE && !dryRun;
  }

  /** Whether the rollback could not be confirmed: the canary may still receive traffic. */
  public boolean rollbackFailed() {
    return state == CanaryState.ROLLBACK_FAILED;
  }

  /**
   * The outcome in a few words: {@code promoted}, {@code rolled back}, {@code held}, {@code
   * rollback FAILED}, or for a dry run {@code would have promoted}, {@code would have rolled back},
   * {@code would have held}.
   */
  public String summary() {
    String done;
    switch (state) {
      case PROMOTED:
        done = "promoted";
        break;
      case HELD:
        done = "held";
        break;
      case ROLLBACK_FAILED:
        return "rollback FAILED";
      default:
        done = "rolled back";
    }
    return dryRun ? "would have " + done : done;
  }
}
