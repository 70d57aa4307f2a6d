package dev.modelgate.core.internal.reason;

import dev.modelgate.core.Metric;
import dev.modelgate.core.internal.gate.Decimals;
import java.math.BigDecimal;

/**
 * The reasons of the minimum-improvement checks, absolute and relative: "net_benefit improvement
 * 50 over champion 1000 is less than the required 100". Stateless and thread-safe.
 */
public final class ImprovementReason {

  private ImprovementReason() {}

  /** "net_benefit improvement 150 over champion 1000 is at least the required 100". */
  public static String enough(Metric metric, BigDecimal improvement, BigDecimal champion, BigDecimal required) {
    return head(metric, improvement, champion) + " is at least the required " + required.toPlainString();
  }

  /** "net_benefit improvement 50 over champion 1000 is less than the required 100". */
  public static String tooSmall(Metric metric, BigDecimal improvement, BigDecimal champion, BigDecimal required) {
    return head(metric, improvement, champion) + " is less than the required " + required.toPlainString();
  }

  /**
   * "net_benefit improvement 100 over champion -1000 is at least the required 100 (10% of
   * |champion|)".
   */
  public static String enoughRelative(
      Metric metric, BigDecimal improvement, BigDecimal champion, BigDecimal required, BigDecimal fraction) {
    return head(metric, improvement, champion) + " is at least the required " + relative(required, champion, fraction);
  }

  /**
   * "net_benefit improvement 50 over champion -1000 is less than the required 100 (10% of
   * |champion|)".
   */
  public static String tooSmallRelative(
      Metric metric, BigDecimal improvement, BigDecimal champion, BigDecimal required, BigDecimal fraction) {
    return head(metric, improvement, champion) + " is less than the required " + relative(required, champion, fraction);
  }

  private static String head(Metric metric, BigDecimal improvement, BigDecimal champion) {
    return metric.name() + " improvement " + improvement.toPlainString()
        + " over champion " + champion.toPlainString();
  }

  private static String relative(BigDecimal required, BigDecimal champion, BigDecimal fraction) {
    return Decimals.showLike(required, champion) + " (" + Decimals.percent(fraction) + " of |champion|)";
  }
}
