package dev.modelgate.core.internal.reason;

import dev.modelgate.core.Confidence;
import dev.modelgate.core.MetricInterval;
import dev.modelgate.core.ModelIntervals;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reason line of a registration verdict that shows the candidate's intervals for information:
 * "for information, not required by the policy: the candidate's 95% intervals on 200 rows are
 * accuracy [0.7939, 0.8929], error_rate [0.1070, 0.2061], precision [0.6200, 0.8100], recall
 * [0.5000, 0.7000] (Wilson); f1 [0.5800, 0.7400], net_benefit [1200.00, 3400.00] (percentile,
 * 10000 resamples, seed 42)".
 *
 * <p>Bounds are rounded outwards as in {@link ConfidenceReason}: 2 decimals for net benefit, 4 for
 * ratios; an undefined interval reads "undefined (NaN)". Stateless and thread-safe.
 */
public final class IntervalReason {

  private IntervalReason() {}

  /** The line showing {@code intervals}, as the class documentation shows it. */
  public static String information(ModelIntervals intervals) {
    Confidence settings = intervals.settings();
    List<MetricInterval> wilson =
        intervals.intervals().stream().filter(i -> i.method() == MetricInterval.Method.WILSON).toList();
    List<MetricInterval> bootstrapped =
        intervals.intervals().stream().filter(i -> i.method() != MetricInterval.Method.WILSON).toList();
    StringBuilder line = new StringBuilder("for information, not required by the policy: the candidate's ")
        .append(settings.percent()).append(" intervals on ").append(intervals.rows()).append(" rows are ");
    if (!wilson.isEmpty()) {
      line.append(list(wilson)).append(" (Wilson)");
    }
    if (!bootstrapped.isEmpty()) {
      line.append(wilson.isEmpty() ? "" : "; ").append(list(bootstrapped)).append(" (")
          .append(ConfidenceReason.method(bootstrapped.get(0).method())).append(", ")
          .append(settings.resamples()).append(" resamples, seed ").append(settings.seed()).append(')');
    }
    return line.toString();
  }

  private static String list(List<MetricInterval> intervals) {
    return intervals.stream()
        .map(i -> i.metric().name() + " " + (i.defined() ? ConfidenceReason.bounds(i) : "undefined (NaN)"))
        .collect(Collectors.joining(", "));
  }
}
