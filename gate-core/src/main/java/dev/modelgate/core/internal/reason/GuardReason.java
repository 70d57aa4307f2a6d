package dev.modelgate.core.internal.reason;

import dev.modelgate.core.Direction;
import dev.modelgate.core.Metric;
import java.math.BigDecimal;

/**
 * The reasons of a guard metric, worded in the metric's direction ("drops" for higher-is-better,
 * "rises" for lower-is-better): "f1 drops by 0.03 from champion 0.80 to 0.77, more than the
 * allowed 0.02". Stateless and thread-safe.
 */
public final class GuardReason {

  private GuardReason() {}

  /**
   * "f1 drops by 0.01 from champion 0.80 to 0.79, within the allowed 0.02", or "f1 does not drop:
   * 0.82 against champion 0.80" when the candidate is not worse.
   */
  public static String held(
      Metric metric, BigDecimal candidate, BigDecimal champion, BigDecimal drop, BigDecimal maxDrop) {
    if (drop.signum() <= 0) {
      return metric.name() + " does not " + verb(metric) + ": " + candidate.toPlainString()
          + " against champion " + champion.toPlainString();
    }
    return moved(metric, candidate, champion, drop) + ", within the allowed " + maxDrop.toPlainString();
  }

  /** "f1 drops by 0.03 from champion 0.80 to 0.77, more than the allowed 0.02". */
  public static String broken(
      Metric metric, BigDecimal candidate, BigDecimal champion, BigDecimal drop, BigDecimal maxDrop) {
    return moved(metric, candidate, champion, drop) + ", more than the allowed " + maxDrop.toPlainString();
  }

  private static String moved(Metric metric, BigDecimal candidate, BigDecimal champion, BigDecimal drop) {
    return metric.name() + " " + verb(metric) + "s by " + drop.toPlainString() + " from champion "
        + champion.toPlainString() + " to " + candidate.toPlainString();
  }

  private static String verb(Metric metric) {
    return metric.direction() == Direction.HIGHER_IS_BETTER ? "drop" : "rise";
  }
}
