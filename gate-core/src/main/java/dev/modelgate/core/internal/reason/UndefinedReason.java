package dev.modelgate.core.internal.reason;

import dev.modelgate.core.Metric;

/**
 * The reason of a check whose metric is undefined (a 0/0, NaN): "f1 is undefined (NaN), so it
 * cannot pass". Undefined is never a pass. Stateless and thread-safe.
 */
public final class UndefinedReason {

  private UndefinedReason() {}

  /** "f1 is undefined (NaN), so it cannot pass". */
  public static String of(Metric metric) {
    return metric.name() + " is undefined (NaN), so it cannot pass";
  }

  /**
   * "champion f1 is undefined (NaN), so it cannot pass", for {@code side} champion or candidate.
   */
  public static String of(String side, Metric metric) {
    return side + " " + of(metric);
  }
}
