package dev.modelgate.core.internal.canary;

import dev.modelgate.core.canary.CanaryCheckKind;
import dev.modelgate.core.canary.CanaryCheckResult;
import dev.modelgate.core.canary.ErrorRateComparison;
import dev.modelgate.core.canary.WindowOutcome;
import dev.modelgate.core.internal.reason.CanaryCheckReason;
import dev.modelgate.core.spi.ModelWindowStats;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The error-rate checks of one window: the canary's rate against an absolute bound, and against
 * the champion's with the one-sided binomial test on the canary's share of the errors. Stateless
 * and thread-safe.
 */
final class ErrorRateChecks {

  private ErrorRateChecks() {}

  /** The canary's error rate at most {@code max}, compared exactly on the counts. */
  static CanaryCheckResult max(ModelWindowStats canary, BigDecimal max) {
    long errors = canary.errors();
    long requests = canary.requests();
    BigDecimal rate = Numbers.rate(errors, requests);
    boolean within = Numbers.rateAtMost(errors, requests, max);
    String reason =
        within
            ? CanaryCheckReason.errorRateWithin(rate, errors, requests, max)
            : CanaryCheckReason.errorRateAbove(rate, errors, requests, max);
    return new CanaryCheckResult(
        CanaryCheckKind.MAX_ERROR_RATE, null, within ? WindowOutcome.PASS : WindowOutcome.FAIL,
        rate, max, null, null, false, reason);
  }

  /**
   * The canary's error rate not significantly above {@code (1 + margin)} times the champion's: each
   * of the window's errors lands on the canary with probability {@code p0 = nc(1 + m) / (nc(1 + m)
   * + nh)} under that hypothesis, and the canary fails when {@code P(X >= canary errors) <
   * significance}. A p-value equal to the significance passes.
   */
  static CanaryCheckResult versusChampion(
      ModelWindowStats champion, ModelWindowStats canary, ErrorRateComparison comparison) {
    double p = Statistics.errorRatePValue(champion.requests(), champion.errors(), canary.requests(),
        canary.errors(), comparison.margin().doubleValue());
    BigDecimal pValue = Numbers.exact(p).round(MathContext.DECIMAL64);
    boolean within = pValue.compareTo(comparison.significance()) >= 0;
    CanaryCheckReason.Rates rates =
        CanaryCheckReason.Rates.of(
            Numbers.rate(canary.errors(), canary.requests()), canary.errors(), canary.requests(),
            Numbers.rate(champion.errors(), champion.requests()), champion.errors(), champion.requests());
    String shown = Numbers.pValue(p);
    String reason =
        within
            ? CanaryCheckReason.errorRateNotAboveChampion(rates, comparison.margin(), shown, comparison.significance())
            : CanaryCheckReason.errorRateAboveChampion(rates, comparison.margin(), shown, comparison.significance());
    return new CanaryCheckResult(
        CanaryCheckKind.ERROR_RATE_VS_CHAMPION, null, within ? WindowOutcome.PASS : WindowOutcome.FAIL,
        Numbers.rate(canary.errors(), canary.requests()), comparison.significance(),
        Numbers.rate(champion.errors(), champion.requests()), pValue, false, reason);
  }
}
