package dev.modelgate.examples.canary;

import dev.modelgate.core.canary.CanaryCheckKind;
import dev.modelgate.core.canary.CanaryCheckResult;
import dev.modelgate.core.canary.CanaryListener;
import dev.modelgate.core.canary.CanaryTransition;
import dev.modelgate.core.canary.Percentile;
import dev.modelgate.core.canary.RouterAction;
import dev.modelgate.core.canary.TrafficCounts;
import dev.modelgate.core.canary.WindowOutcome;
import dev.modelgate.core.canary.WindowResult;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Prints a canary run as it goes: a table row per window (its minutes since the start, the
 * canary's share, requests, errors and p99 of champion and canary, the PSI and the outcome, with
 * the reasons of a window that did not pass), and a line per traffic action and state transition.
 * Times are simulated minutes since the run started. Not thread-safe: the run's thread calls it.
 */
final class CanaryTimeline implements CanaryListener {

  /** The table's header, as printed before the first window. */
  static final String HEADER = String.format(Locale.ROOT, "    %-6s %-7s %6s  %-18s %-9s %-16s %-6s %s",
      "window", "minutes", "canary", "requests chmp/can", "errors", "p99 ms chmp/can", "PSI", "outcome");

  private final PrintStream out;
  private final Instant start;
  private boolean headerPrinted;

  CanaryTimeline(PrintStream out, Instant start) {
    this.out = out;
    this.start = start;
  }

  @Override
  public void windowJudged(WindowResult window) {
    if (!headerPrinted) {
      out.println(HEADER);
      headerPrinted = true;
    }
    TrafficCounts counts = window.counts();
    out.printf(Locale.ROOT, "    %6d %-7s %5d%%  %-18s %-9s %-16s %-6s %s%n",
        window.window().index(),
        minutes(window.window().start()) + "-" + minutes(window.window().end()),
        window.canaryPercent(),
        counts == null ? "-" : counts.championRequests() + "/" + counts.canaryRequests(),
        counts == null ? "-" : counts.championErrors() + "/" + counts.canaryErrors(),
        p99(window),
        check(window, CanaryCheckKind.PSI).map(c -> decimal(c.observed(), 3)).orElse("-"),
        window.outcome());
    if (window.outcome() != WindowOutcome.PASS) {
      window.reasons().forEach(reason -> out.println("             " + reason));
    }
  }

  @Override
  public void acted(RouterAction action) {
    String what;
    switch (action.kind()) {
      case PROMOTE:
        what = "promote the canary to 100%";
        break;
      case ROLLBACK:
        what = "roll back: the canary to 0%";
        break;
      default:
        what = "send " + action.canaryPercent() + "% of the traffic to the canary";
    }
    out.println("  " + at(action.at()) + " router: " + what + ", " + action.status().name().toLowerCase(Locale.ROOT)
        .replace('_', ' ') + (action.attempts() > 1 ? " after " + action.attempts() + " attempts" : ""));
  }

  @Override
  public void transitioned(CanaryTransition transition) {
    out.println("  " + at(transition.at()) + " " + transition.from() + " -> " + transition.to() + ": "
        + transition.reason());
  }

  private String at(Instant instant) {
    return "[+" + minutes(instant) + " min]";
  }

  private String minutes(Instant instant) {
    Duration since = Duration.between(start, instant);
    long seconds = since.getSeconds();
    return seconds % 60 == 0 ? Long.toString(seconds / 60) : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  private static String p99(WindowResult window) {
    for (CanaryCheckResult c : window.checks()) {
      if (c.percentile() == Percentile.P99
          && (c.kind() == CanaryCheckKind.LATENCY_VS_CHAMPION || c.kind() == CanaryCheckKind.MAX_LATENCY)) {
        return decimal(c.champion(), 1) + "/" + decimal(c.observed(), 1);
      }
    }
    return "-";
  }

  private static Optional<CanaryCheckResult> check(WindowResult window, CanaryCheckKind kind) {
    return window.checks().stream().filter(c -> c.kind() == kind).findFirst();
  }

  private static String decimal(@Nullable BigDecimal value, int scale) {
    return value == null ? "-" : value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }
}
