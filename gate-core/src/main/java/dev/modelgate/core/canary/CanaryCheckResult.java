package dev.modelgate.core.canary;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of one check in one canary window: what was checked, the canary's value, the bound,
 * the champion's value where the check compares with it, the outcome, and why in plain words.
 *
 * <p>Example: {@code MAX_ERROR_RATE observed=0.0600 bound=0.05 outcome=FAIL reason="canary error
 * rate 0.0600 (24 of 400) is above 0.05"}. Immutable and thread-safe.
 *
 * @param kind what was checked; it says what the numbers mean
 * @param percentile the latency percentile for latency checks, null otherwise
 * @param outcome pass, fail, or inconclusive when the data did not suffice
 * @param observed the canary's value; null when it is missing
 * @param bound the bound the check applies
 * @param champion the champion's value for checks against the champion; null otherwise or when
 *     missing
 * @param pValue the p-value of a statistical test; null for checks without one
 * @param warning whether a passing check reports a warning (a PSI above its warning tier)
 * @param reason why, in plain words
 */
public record CanaryCheckResult(
    CanaryCheckKind kind,
    @Nullable Percentile percentile,
    WindowOutcome outcome,
    @Nullable BigDecimal observed,
    @Nullable BigDecimal bound,
    @Nullable BigDecimal champion,
    @Nullable BigDecimal pValue,
    boolean warning,
    String reason) {

  /** Checks that the required parts are present. */
  public CanaryCheckResult {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }

  /** Whether the check passed. */
  public boolean passed() {
    return outcome == WindowOutcome.PASS;
  }
}
