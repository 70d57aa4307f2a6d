package dev.modelgate.core.internal.reason;

import java.math.BigDecimal;

/**
 * The problems that make the canary part of a policy invalid, one factory per problem. Stateless
 * and thread-safe.
 */
public final class CanaryPolicyProblem {

  private CanaryPolicyProblem() {}

  /** "canary.steps is empty: give at least one canary share below 100, such as 20". */
  public static String noSteps() {
    return "canary.steps is empty: give at least one canary share below 100, such as 20";
  }

  /** "canary.steps[0] = 0 must be between 1 and 99 (the move to 100 is the promotion)". */
  public static String stepOutOfRange(int index, int percent) {
    return "canary.steps[" + index + "] = " + percent
        + " must be between 1 and 99 (the move to 100 is the promotion)";
  }

  /** "canary.steps must increase strictly: 20 follows 50". */
  public static String stepsNotIncreasing(int previous, int step) {
    return "canary.steps must increase strictly: " + step + " follows " + previous;
  }

  /** "canary.interval = PT1.5S must be a whole number of seconds". */
  public static String notWholeSeconds(String parameter, java.time.Duration value) {
    return parameter + " = " + value + " must be a whole number of seconds";
  }

  /** "canary.latencySequential.sloMillis = 0.0000001 must be a whole number of nanoseconds". */
  public static String notWholeNanoseconds(String parameter, BigDecimal millis) {
    return parameter + " = " + millis.toPlainString() + " must be a whole number of nanoseconds";
  }

  /** "canary.maxErrorRate = 1.5 must be a fraction between 0 and 1". */
  public static String notAFraction(String parameter, BigDecimal value) {
    return parameter + " = " + value.toPlainString() + " must be a fraction between 0 and 1";
  }

  /** "canary.errorRateVsChampion.significance = 0 must be between 0 and 1, both excluded". */
  public static String notAProbability(String parameter, BigDecimal value) {
    return parameter + " = " + value.toPlainString() + " must be between 0 and 1, both excluded";
  }

  /** "canary.latency.p99.maxMillis = 0 must be greater than 0". */
  public static String notGreaterThanZero(String parameter, BigDecimal value) {
    return parameter + " = " + value.toPlainString() + " must be greater than 0";
  }

  /** "canary.latency.p99 has neither maxMillis nor maxRatio: give at least one". */
  public static String emptyLatencyBound(String percentile) {
    return "canary.latency." + percentile + " has neither maxMillis nor maxRatio: give at least one";
  }

  /** "canary.latency bounds p99 twice". */
  public static String duplicateLatencyBound(String percentile) {
    return "canary.latency bounds " + percentile + " twice";
  }

  /** "canary.psi.warn = 0.3 must not exceed canary.psi.max = 0.25". */
  public static String warnAboveMax(BigDecimal warn, BigDecimal max) {
    return "canary.psi.warn = " + warn.toPlainString() + " must not exceed canary.psi.max = "
        + max.toPlainString();
  }

  /** "canary.ks has neither maxStatistic nor minPValue: give at least one". */
  public static String emptyKsBound() {
    return "canary.ks has neither maxStatistic nor minPValue: give at least one";
  }

  /** "canary has no checks: keep at least one, such as maxErrorRate". */
  public static String noChecks() {
    return "canary has no checks: keep at least one, such as maxErrorRate";
  }
}
