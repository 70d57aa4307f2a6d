package dev.modelgate.core.internal.canary;

import dev.modelgate.core.canary.CanaryCheckKind;
import dev.modelgate.core.canary.CanaryCheckResult;
import dev.modelgate.core.canary.WindowOutcome;
import dev.modelgate.core.internal.gate.Decimals;
import dev.modelgate.core.internal.reason.CanarySequentialReason;
import dev.modelgate.metrics.stats.BinomialEProcess;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The check results of the canary's sequential tests: the e-value after a window against 1/α, with
 * the anytime-valid p-value and the reason. FAIL once the e-value has reached 1/α (the tie fails:
 * Ville's inequality bounds {@code P(e ≥ 1/α)}), PASS below it. The result's numbers stop at
 * 10<sup>15</sup> (or 1/α if larger) and its p-value at the inverse, so that a report never holds a
 * thousand-digit number; the reason shows the e-value whole. Stateless and thread-safe.
 */
final class SequentialChecks {

  private static final int DIGITS = 6;
  private static final BigDecimal LARGEST = new BigDecimal("1E+15");

  private SequentialChecks() {}

  /**
   * The result of {@code process}, a test at {@code alpha} with {@code margin} on {@code events}
   * ("errors", "requests over 250 ms").
   */
  static CanaryCheckResult result(
      CanaryCheckKind kind, BinomialEProcess process, BigDecimal alpha, BigDecimal margin, String events) {
    boolean rejected = process.rejects(alpha.doubleValue());
    BigDecimal eValue = Numbers.fromLog(process.logEValue(), DIGITS);
    BigDecimal threshold = threshold(alpha);
    BigDecimal share = process.totalEvents() == 0
        ? BigDecimal.ZERO : BigDecimal.valueOf(process.trafficShare()).setScale(3, RoundingMode.HALF_EVEN);
    CanarySequentialReason.Evidence evidence = new CanarySequentialReason.Evidence(
        Numbers.threeDigits(eValue), Numbers.threeDigits(threshold), process.observations(), events,
        process.canaryEvents(), process.totalEvents(), Decimals.percent(share),
        margin);
    String reason;
    if (rejected) {
      reason = CanarySequentialReason.above(evidence);
    } else if (process.totalEvents() == 0) {
      reason = CanarySequentialReason.nothingYet(evidence);
    } else {
      reason = CanarySequentialReason.notAbove(evidence);
    }
    BigDecimal largest = LARGEST.max(threshold);
    BigDecimal pValue = Numbers.fromLog(-process.maxLogEValue(), DIGITS)
        .max(BigDecimal.ONE.divide(largest, MathContext.DECIMAL64));
    return new CanaryCheckResult(kind, null, rejected ? WindowOutcome.FAIL : WindowOutcome.PASS,
        plain(eValue.min(largest)), threshold, null, plain(pValue), false, reason);
  }

  /** An inconclusive result: the test could not read or use the window. */
  static CanaryCheckResult inconclusive(CanaryCheckKind kind, BigDecimal alpha, String reason) {
    return new CanaryCheckResult(
        kind, null, WindowOutcome.INCONCLUSIVE, null, threshold(alpha), null, null, false, reason);
  }

  /** 1/α, exact where it can be, without trailing zeros: 20 for 0.05, 33.33… for 0.03. */
  private static BigDecimal threshold(BigDecimal alpha) {
    return plain(BigDecimal.ONE.divide(alpha, MathContext.DECIMAL64));
  }

  /** Without trailing zeros and never with a negative scale, so that 20 is not written 2E+1. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
