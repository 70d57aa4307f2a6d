package dev.modelgate.core.internal.reason;

import dev.modelgate.core.Metric;

/**
 * The reason of a check whose metric the evaluation does not have: "metric roc_auc is missing from
 * the evaluation". A missing metric is never a pass. Stateless and thread-safe.
 */
public final class MissingReason {

  private MissingReason() {}

  /** "metric roc_auc is missing from the evaluation". */
  public static String of(Metric metric) {
    return "metric " + metric.name() + " is missing from the evaluation";
  }

  /**
   * "metric roc_auc is missing from the champion's evaluation", for {@code side} champion or
   * candidate.
   */
  public static String of(String side, Metric metric) {
    return "metric " + metric.name() + " is missing from the " + side + "'s evaluation";
  }
}
