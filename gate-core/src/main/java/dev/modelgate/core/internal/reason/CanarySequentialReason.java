package dev.modelgate.core.internal.reason;

import dev.modelgate.core.internal.gate.Decimals;
import java.math.BigDecimal;

/**
 * The reasons of the canary's sequential tests, one factory per reason: "sequential test: e-value
 * 26.8 ≥ 1/α = 20 after 3 windows: the canary's share of errors (22 of 60) is above its traffic
 * share 20%". Numbers arrive formatted as they are shown; {@code events} names what is counted,
 * "errors" or "requests over 250 ms". Stateless and thread-safe.
 */
public final class CanarySequentialReason {

  private CanarySequentialReason() {}

  /** What a sequential test has seen, formatted: e-value, 1/α, windows, events, shares, margin. */
  public record Evidence(
      String eValue, String threshold, int windows, String events, long canary, long total, String share,
      BigDecimal margin) {}

  /**
   * "sequential test: e-value 26.8 ≥ 1/α = 20 after 3 windows: the canary's share of errors (22 of
   * 60) is above its traffic share 20%"; with a margin, "… above its traffic share 20% plus a
   * margin of 10% on its rate".
   */
  public static String above(Evidence e) {
    return head(e, "≥") + "the canary's share of " + e.events() + " (" + e.canary() + " of " + e.total()
        + ") is above its traffic share " + e.share() + margin(e.margin());
  }

  /**
   * "sequential test: e-value 12.9 < 1/α = 20 after 3 windows: the canary's share of errors (21 of
   * 60) is not significantly above its traffic share 20%".
   */
  public static String notAbove(Evidence e) {
    return head(e, "<") + "the canary's share of " + e.events() + " (" + e.canary() + " of " + e.total()
        + ") is not significantly above its traffic share " + e.share() + margin(e.margin());
  }

  /** "sequential test: e-value 1 < 1/α = 20 after 2 windows: no errors yet". */
  public static String nothingYet(Evidence e) {
    return head(e, "<") + "no " + e.events() + " yet";
  }

  /**
   * "sequential test: the metrics source does not count requests over 250 ms, so their share cannot
   * be judged in this window".
   */
  public static String notCounted(String events) {
    return "sequential test: the metrics source does not count " + events
        + ", so their share cannot be judged in this window";
  }

  /** "requests over 250 ms". */
  public static String requestsOver(BigDecimal sloMillis) {
    return "requests over " + sloMillis.toPlainString() + " ms";
  }

  private static String head(Evidence e, String relation) {
    return "sequential test: e-value " + e.eValue() + " " + relation + " 1/α = " + e.threshold() + " after "
        + e.windows() + " window" + (e.windows() == 1 ? "" : "s") + ": ";
  }

  private static String margin(BigDecimal margin) {
    return margin.signum() == 0 ? "" : " plus a margin of " + Decimals.percent(margin) + " on its rate";
  }
}
