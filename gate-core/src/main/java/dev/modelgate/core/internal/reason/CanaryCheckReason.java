package dev.modelgate.core.internal.reason;

import dev.modelgate.core.canary.Percentile;
import dev.modelgate.core.internal.gate.Decimals;
import java.math.BigDecimal;

/**
 * The reasons of the canary's error-rate and latency checks, one factory per reason: "canary error
 * rate 0.0600 (24 of 400) is above 0.05". Numbers arrive formatted as they are shown. Stateless and
 * thread-safe.
 */
public final class CanaryCheckReason {

  private CanaryCheckReason() {}

  /** "canary error rate 0.0120 (12 of 1000) is at most 0.05". */
  public static String errorRateWithin(BigDecimal rate, long errors, long requests, BigDecimal max) {
    return "canary error rate " + rate(rate, errors, requests) + " is at most " + max.toPlainString();
  }

  /** "canary error rate 0.0600 (60 of 1000) is above 0.05". */
  public static String errorRateAbove(BigDecimal rate, long errors, long requests, BigDecimal max) {
    return "canary error rate " + rate(rate, errors, requests) + " is above " + max.toPlainString();
  }

  /**
   * "canary error rate 0.0200 (8 of 400) is not significantly above champion 0.0100 (16 of 1600):
   * binomial p = 0.089 is at least 0.01"; with a margin, "… above champion 0.0100 (16 of 1600)
   * plus 10%: …".
   */
  public static String errorRateNotAboveChampion(
      Rates rates, BigDecimal margin, String pValue, BigDecimal significance) {
    return "canary error rate " + rates.canary() + " is not significantly above champion "
        + rates.champion() + plus(margin) + ": binomial p = " + pValue + " is at least "
        + significance.toPlainString();
  }

  /**
   * "canary error rate 0.0400 (16 of 400) is significantly above champion 0.0100 (16 of 1600):
   * binomial p = 0.00014 is below 0.01".
   */
  public static String errorRateAboveChampion(
      Rates rates, BigDecimal margin, String pValue, BigDecimal significance) {
    return "canary error rate " + rates.canary() + " is significantly above champion "
        + rates.champion() + plus(margin) + ": binomial p = " + pValue + " is below "
        + significance.toPlainString();
  }

  /** "canary p99 latency 240 ms is at most 250 ms". */
  public static String latencyWithin(Percentile percentile, BigDecimal millis, BigDecimal max) {
    return latency("canary", percentile, millis) + " is at most " + max.toPlainString() + " ms";
  }

  /** "canary p99 latency 260 ms is above 250 ms". */
  public static String latencyAbove(Percentile percentile, BigDecimal millis, BigDecimal max) {
    return latency("canary", percentile, millis) + " is above " + max.toPlainString() + " ms";
  }

  /** "canary p99 latency 240 ms is at most 1.25 × champion 200 ms". */
  public static String latencyWithinRatio(
      Percentile percentile, BigDecimal millis, BigDecimal ratio, BigDecimal champion) {
    return latency("canary", percentile, millis) + " is at most " + ratio.toPlainString()
        + " × champion " + champion.toPlainString() + " ms";
  }

  /** "canary p99 latency 260 ms is above 1.25 × champion 200 ms". */
  public static String latencyAboveRatio(
      Percentile percentile, BigDecimal millis, BigDecimal ratio, BigDecimal champion) {
    return latency("canary", percentile, millis) + " is above " + ratio.toPlainString()
        + " × champion " + champion.toPlainString() + " ms";
  }

  /** "champion p99 latency is missing from the metrics source", for side champion or canary. */
  public static String latencyMissing(String side, Percentile percentile) {
    return side + " " + percentile.label() + " latency is missing from the metrics source";
  }

  /** Both models' error rates as shown: "0.0200 (8 of 400)". */
  public record Rates(String canary, String champion) {

    /** The rates of the canary and the champion. */
    public static Rates of(
        BigDecimal canaryRate, long canaryErrors, long canaryRequests,
        BigDecimal championRate, long championErrors, long championRequests) {
      return new Rates(
          rate(canaryRate, canaryErrors, canaryRequests),
          rate(championRate, championErrors, championRequests));
    }
  }

  private static String rate(BigDecimal rate, long errors, long requests) {
    return rate.toPlainString() + " (" + errors + " of " + requests + ")";
  }

  private static String plus(BigDecimal margin) {
    return margin.signum() == 0 ? "" : " plus " + Decimals.percent(margin);
  }

  private static String latency(String side, Percentile percentile, BigDecimal millis) {
    return side + " " + percentile.label() + " latency " + millis.toPlainString() + " ms";
  }
}
