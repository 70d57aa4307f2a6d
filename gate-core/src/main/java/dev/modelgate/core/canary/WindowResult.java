package dev.modelgate.core.canary;

import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The judgement of one canary window: its outcome, why, each check's result, and the evidence it
 * was judged on. Immutable and thread-safe.
 *
 * @param window the window's number and time interval
 * @param step the traffic step the window belongs to, from 1
 * @param canaryPercent the canary's traffic share during the window
 * @param outcome pass, fail or inconclusive
 * @param reasons why: every check's reason on a pass, the failed checks' on a fail, what was
 *     missing on an inconclusive window; passing warnings are included
 * @param checks each check's result, in policy order; empty when the data was missing or too thin
 * @param counts the requests and errors the source reported; null when the data was missing
 * @param missing the kind of gap when the source had no usable data; null otherwise
 */
public record WindowResult(
    Window window,
    int step,
    int canaryPercent,
    WindowOutcome outcome,
    List<String> reasons,
    List<CanaryCheckResult> checks,
    @Nullable TrafficCounts counts,
    @Nullable MissingKind missing) {

  /** Copies the lists. */
  public WindowResult {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(outcome, "outcome");
    reasons = List.copyOf(reasons);
    checks = List.copyOf(checks);
  }
}
