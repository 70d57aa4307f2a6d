package dev.modelgate.core.internal.reason;

import dev.modelgate.core.Confidence;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricInterval;
import dev.modelgate.core.Metrics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The reasons of the confidence check of layer 2 and of the interval a verdict shows when its policy
 * asks for no confidence: "candidate net_benefit is better by 900.00, but the 95% interval
 * [-1200.00, 3000.00] includes 0: not confident".
 *
 * <p>Bounds are shown rounded outwards, so the interval shown contains the one computed: with 2
 * decimals for net benefit (money) and 4 for ratios. Stateless and thread-safe.
 */
public final class ConfidenceReason {

  private ConfidenceReason() {}

  /**
   * The judgement of the interval of the improvement against {@code bound} (0, or the required
   * improvement shown as {@code boundText}): "candidate net_benefit is better by 900.00, and the
   * 95% interval [120.00, 1800.00] lies above 0: confident".
   */
  public static String judged(
      Metric metric, BigDecimal improvement, MetricInterval interval, Confidence confidence,
      BigDecimal bound, String boundText, boolean confident) {
    int sign = improvement.signum();
    String head =
        sign > 0
            ? "candidate " + metric.name() + " is better by " + improvement.toPlainString()
            : sign == 0
                ? "candidate " + metric.name() + " ties the champion"
                : "candidate " + metric.name() + " is worse by " + improvement.negate().toPlainString();
    String connector = !confident && sign > 0 ? ", but " : ", and ";
    return head + connector + "the " + confidence.percent() + " interval " + bounds(interval) + " "
        + relation(interval, bound, boundText, confident) + (confident ? ": confident" : ": not confident");
  }

  /**
   * "the policy asks for 95% confidence, which needs paired evidence (both models scored on the
   * same rows, from Evaluator.evaluatePaired), but none was given: not confident".
   */
  public static String noEvidence(Confidence confidence) {
    return "the policy asks for " + confidence.percent() + " confidence, which needs paired evidence (both"
        + " models scored on the same rows, from Evaluator.evaluatePaired), but none was given: not confident";
  }

  /**
   * "the policy asks for 95% confidence in net_benefit, but the paired evidence has no net_benefit
   * (it was evaluated without costs): not confident".
   */
  public static String noInterval(Metric metric, Confidence confidence) {
    return "the policy asks for " + confidence.percent() + " confidence in " + metric.name()
        + ", but the paired evidence has no " + metric.name() + " (it was evaluated without costs): not confident";
  }

  /** "the 95% interval of the net_benefit improvement is undefined (NaN), so it cannot pass". */
  public static String undefined(Metric metric, Confidence confidence) {
    return "the " + confidence.percent() + " interval of the " + metric.name()
        + " improvement is undefined (NaN), so it cannot pass";
  }

  /**
   * "for information, not required by the policy: the 95% interval of the net_benefit improvement
   * is [-1200.00, 3000.00] (percentile, 10000 resamples, seed 42)".
   */
  public static String information(MetricInterval interval, Confidence settings) {
    String shown = interval.defined() ? bounds(interval) : "undefined (NaN)";
    return "for information, not required by the policy: the " + settings.percent() + " interval of the "
        + interval.metric().name() + " improvement is " + shown + " (" + method(interval.method()) + ", "
        + settings.resamples() + " resamples, seed " + settings.seed() + ")";
  }

  private static String relation(MetricInterval interval, BigDecimal bound, String boundText, boolean confident) {
    if (bound.signum() != 0) {
      return (confident ? "lies" : "does not lie") + " above the required improvement " + boundText;
    }
    if (confident) {
      return "lies above 0";
    }
    return interval.upper().value().signum() < 0 ? "lies below 0" : "includes 0";
  }

  /** "[-1200.00, 3000.00]": the bounds rounded outwards. */
  static String bounds(MetricInterval interval) {
    int scale = interval.metric().equals(Metrics.NET_BENEFIT) ? 2 : 4;
    return "[" + interval.lower().value().setScale(scale, RoundingMode.FLOOR).toPlainString() + ", "
        + interval.upper().value().setScale(scale, RoundingMode.CEILING).toPlainString() + "]";
  }

  static String method(MetricInterval.Method method) {
    return switch (method) {
      case BCA -> "BCa";
      case PERCENTILE -> "percentile";
      case WILSON -> method.name().substring(0, 1) + method.name().substring(1).toLowerCase(Locale.ROOT);
    };
  }
}
