package dev.modelgate.core;

/**
 * How a {@link GateRun} ended: the one word a pipeline or a person needs to know what happened to
 * the candidate and to the registry. The {@link GateRunReport#summary()} says it in plain words.
 *
 * <p>Only {@link #PROMOTED} moves the {@code champion} alias. Every other outcome leaves the
 * champion where it was: {@link #REJECTED} and {@link #HELD} are decisions of the policy, the rest
 * are runs that could not compare safely and so failed safe to {@code HOLD} and {@code SKIP}.
 */
public enum RunOutcome {
  /** Layer 1 rejected the candidate; the registry was not touched at all. */
  REJECTED,
  /** The candidate became the champion: the {@code champion} alias moved to its version. */
  PROMOTED,
  /** Layer 2 held the candidate (a tie, a worse candidate, a guard, a first model held by rule). */
  HELD,
  /**
   * Layer 2 promoted, but the {@code champion} alias moved between reading and promoting, so the
   * compare-and-set refused the promotion: it was decided against a stale champion.
   */
  CHAMPION_MOVED,
  /**
   * The registry's evaluation of the champion is on another test set: refused, never compared.
   */
  STALE_CHAMPION,
  /** The champion passed to the run is another version than the registry's champion. */
  CHAMPION_MISMATCH,
  /** The registry's champion has no recorded evaluation and none was passed to the run. */
  NO_CHAMPION_EVALUATION,
  /** The registry failed (unreachable, an I/O error, a missing version); nothing was promoted. */
  REGISTRY_FAILED;

  /**
   * Whether the run could not decide as the policy asks and failed safe instead: true for every
   * outcome but {@link #REJECTED}, {@link #PROMOTED} and {@link #HELD}.
   */
  public boolean failedSafe() {
    return this != REJECTED && this != PROMOTED && this != HELD;
  }
}
