package dev.modelgate.core.canary;

import dev.modelgate.core.internal.canary.CanaryLoop;
import dev.modelgate.core.internal.canary.RunSettings;

/**
 * Layer 4 on live traffic: moves the canary's share of the traffic step by step through a {@link
 * dev.modelgate.core.spi.TrafficRouter}, judges each window the {@link
 * dev.modelgate.core.spi.CanaryMetrics} source reports against the {@link CanaryGate}, and ends by
 * promoting the candidate (the router's promotion, then the registry's compare-and-set of {@code
 * champion}), rolling it back, or holding it, as the policy says.
 *
 * <pre>{@code
 * CanaryVerdict verdict = CanaryAnalysis.builder()
 *     .gate(policy.canary())
 *     .model("credit-risk", "7", "6")           // candidate 7 against champion 6
 *     .router(router)
 *     .metrics(metrics)
 *     .registry(registry, "canary-job")
 *     .clock(Clock.systemUTC())                 // waits with CanaryWaiter.sleeping(clock)
 *     .build()
 *     .run();
 * }</pre>
 *
 * <p><b>Fail safe.</b> A window without enough data is inconclusive, never a pass; a promotion
 * happens only after every step's windows passed and the router confirmed the promotion. After
 * every traffic action the router's split is read back; an action that throws or is not confirmed
 * rolls back. A rollback is retried with backoff, attempted even when the analysis itself threw or
 * was interrupted, and a rollback that cannot be confirmed ends in {@link
 * CanaryState#ROLLBACK_FAILED}, logged at ERROR and flagged by {@link
 * CanaryVerdict#rollbackFailed()}. In a {@linkplain CanaryAnalysisBuilder#dryRun(boolean) dry run}
 * the router and the registry are never called, and the verdict says what the run would have done.
 *
 * <p>Every window, transition and action is in the verdict, logged through SLF4J, told to the
 * listener, and each transition is appended with its evidence to the audit log when there is one.
 * Time comes from the injected clock and all waiting goes through the injected {@link
 * CanaryWaiter}. Immutable; {@link #run()} may be called again for a new run, but not concurrently
 * on the same router.
 */
public final class CanaryAnalysis {

  private final RunSettings settings;

  CanaryAnalysis(RunSettings settings) {
    this.settings = settings;
  }

  /** A builder of an analysis. */
  public static CanaryAnalysisBuilder builder() {
    return new CanaryAnalysisBuilder();
  }

  /** The canary gate this analysis applies. */
  public CanaryGate gate() {
    return settings.gate();
  }

  /** Whether this analysis only analyses, without moving traffic or the champion alias. */
  public boolean dryRun() {
    return settings.dryRun();
  }

  /**
   * Runs the canary from {@link CanaryState#PENDING} to a terminal state, blocking while windows
   * close, and returns the verdict. Never throws for a failed analysis: failures roll back and are
   * in the verdict. An {@link Error} is rethrown after the rollback was attempted; an interrupt
   * rolls back and leaves the thread's interrupt flag set.
   */
  public CanaryVerdict run() {
    return new CanaryLoop(settings).run();
  }
}
