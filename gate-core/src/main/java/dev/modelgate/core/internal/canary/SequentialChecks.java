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
 * Ville's inequality bounds {@code P(e ≥ 1/α)}), PASS below it. Stateless and thread-safe.
 */
final class SequentialChecks {

  private static final int DIGITS = 6;

  private SequentialChecks() {}

  /**
   * The result of {@code process}, a test at {@code alpha} with {@code margin} on {@code events}
   * ("errors", "requests over 250 ms").
   */
  static CanaryCheckResult result(
      CanaryCheckKind kind, BinomialEProcess process, BigDecimal alpha, BigDecimal margin, String events) {
    boolean rejected = process.rejects(alpha.doubleValue());
    BigDecimal eValue = Numbers.fromLog(process.logEValue(), DIGITS);
    BigDecimal threshold = BigDecimal.ONE.divide(alpha, MathContext.DECIMAL64).stripTrailingZeros();
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
    return new CanaryCheckResult(kind, null, rejected ? WindowOutcome.FAIL : WindowOutcome.PASS, eValue,
        threshold, null, Numbers.fromLog(-process.maxLogEValue(), DIGITS), false, reason);
  }

  /** An inconclusive result: the test could not read or use the window. */
  static CanaryCheckResult inconclusive(CanaryCheckKind kind, BigDecimal alpha, String reason) {
    BigDecimal threshold = BigDecimal.ONE.divide(alpha, MathContext.DECIMAL64).stripTrailingZeros();
    return new CanaryCheckResult(kind, null, WindowOutcome.INCONCLUSIVE, null, threshold, null, null, false, reason);
  }
}
