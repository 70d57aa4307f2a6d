package dev.modelgate.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of one check: what was compared, with which values, whether it passed, and why in
 * plain words.
 *
 * <p>Example: {@code GREATER_THAN net_benefit observed=38000.00 bound=40000 passed=false reason="net_benefit
 * 38000.00 is not greater than 40000"}. Immutable and thread-safe.
 *
 * @param kind what was checked; it says what {@code bound} means
 * @param metric the metric checked
 * @param observed the candidate's value; null when the evaluation lacks the metric, undefined when
 *     it is NaN
 * @param bound the threshold, required improvement, relative fraction or allowed drop; null for
 *     {@link CheckKind#BETTER_THAN_CHAMPION}
 * @param champion the champion's value for layer-2 checks; null for layer 1 or when the champion's
 *     evaluation lacks the metric
 * @param passed whether the check passed
 * @param reason why, in plain words
 */
public record CheckResult(
    CheckKind kind,
    Metric metric,
    @Nullable MetricValue observed,
    @Nullable BigDecimal bound,
    @Nullable MetricValue champion,
    boolean passed,
    String reason) {

  /** Checks that the required parts are present. */
  public CheckResult {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(reason, "reason");
  }
}
