package dev.modelgate.core.internal.reason;

import dev.modelgate.core.Metric;
import java.math.BigDecimal;

/**
 * The reasons of the strict comparison of the candidate with the champion on the compared metric:
 * better, a tie (which the champion keeps), or worse. Stateless and thread-safe.
 */
public final class ChampionReason {

  private ChampionReason() {}

  /** "candidate net_benefit 1200 is better than champion 1000". */
  public static String better(Metric metric, BigDecimal candidate, BigDecimal champion) {
    return "candidate " + metric.name() + " " + candidate.toPlainString()
        + " is better than champion " + champion.toPlainString();
  }

  /** "candidate net_benefit 1000 only ties champion 1000: ties go to the champion". */
  public static String tie(Metric metric, BigDecimal candidate, BigDecimal champion) {
    return "candidate " + metric.name() + " " + candidate.toPlainString()
        + " only ties champion " + champion.toPlainString() + ": ties go to the champion";
  }

  /** "candidate net_benefit 900 is worse than champion 1000". */
  public static String worse(Metric metric, BigDecimal candidate, BigDecimal champion) {
    return "candidate " + metric.name() + " " + candidate.toPlainString()
        + " is worse than champion " + champion.toPlainString();
  }
}
