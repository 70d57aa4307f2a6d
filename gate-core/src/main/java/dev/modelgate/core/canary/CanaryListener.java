package dev.modelgate.core.canary;

/**
 * Hears a canary run as it goes: each window as it is judged, each state transition, each traffic
 * action; for example to print a timeline. Every method does nothing by default. An exception a
 * listener throws is logged and otherwise ignored: it never stops a rollback. Implementations are
 * called from the run's thread.
 */
public interface CanaryListener {

  /** A window was judged. */
  default void windowJudged(WindowResult window) {}

  /** The run moved between states. */
  default void transitioned(CanaryTransition transition) {}

  /** A traffic action finished (or was skipped in a dry run). */
  default void acted(RouterAction action) {}
}
