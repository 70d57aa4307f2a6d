package dev.modelgate.core.internal.reason;

import dev.modelgate.core.Threshold;
import java.math.BigDecimal;

/**
 * The reasons of a registration check that compared a defined value with its bound: "f1 0.25 is
 * greater than 0.20", "net_benefit 38000.00 is not greater than 40000". Stateless and thread-safe.
 */
public final class ThresholdReason {

  private ThresholdReason() {}

  /** "f1 0.25 is greater than 0.20". */
  public static String passed(Threshold check, BigDecimal observed) {
    return text(check, observed, "is ");
  }

  /** "net_benefit 38000.00 is not greater than 40000". */
  public static String failed(Threshold check, BigDecimal observed) {
    return text(check, observed, "is not ");
  }

  private static String text(Threshold check, BigDecimal observed, String verb) {
    return check.metric().name()
        + " "
        + observed.toPlainString()
        + " "
        + verb
        + check.comparison().words()
        + " "
        + check.bound().toPlainString();
  }
}
