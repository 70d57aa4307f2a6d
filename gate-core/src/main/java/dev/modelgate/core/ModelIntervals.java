package dev.modelgate.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How precisely one model's metrics are known from the rows it was scored on: the confidence
 * intervals of a single model, which a registration verdict shows whenever its candidate carries
 * evidence ({@link Candidate#withEvidence}), for information only.
 *
 * <p>Accuracy, error rate, precision and recall get Wilson's interval; F1 and net benefit (with
 * costs) the bootstrap's, resampling the model's confusion matrix with the {@link #settings()}'s
 * resamples, seed and method, so the same evidence gives the same numbers on every machine.
 * Example: 170 of 200 rows right gives {@code accuracy 0.85 [0.7939…, 0.8929…] (WILSON)} at 95%.
 * An undefined interval (a class never predicted, too few rows) has NaN bounds and never passes
 * anything. Immutable and thread-safe.
 *
 * @param settings the level, resamples, seed and method of the intervals
 * @param rows the number of rows the model was scored on
 * @param intervals the model's intervals, by metric, in the order accuracy, error_rate, precision,
 *     recall, f1, net_benefit
 */
public record ModelIntervals(Confidence settings, long rows, List<MetricInterval> intervals) {

  /**
   * Copies the list and checks the rows.
   *
   * @throws IllegalArgumentException if {@code rows} is negative
   */
  public ModelIntervals {
    Objects.requireNonNull(settings, "settings");
    intervals = List.copyOf(intervals);
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative: " + rows);
    }
  }

  /** The model's interval on {@code metric}, if reported. */
  public Optional<MetricInterval> interval(Metric metric) {
    return intervals.stream().filter(i -> i.metric().equals(metric)).findFirst();
  }
}
