package dev.modelgate.core.internal.paired;

import dev.modelgate.core.Confidence;
import dev.modelgate.core.Direction;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricInterval;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.ModelIntervals;
import dev.modelgate.core.PairedEvidence;
import dev.modelgate.core.PairedIntervals;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.paired.ConfidenceInterval;
import dev.modelgate.metrics.paired.IntervalMethod;
import dev.modelgate.metrics.paired.JointTable;
import dev.modelgate.metrics.paired.PairedBootstrap;
import dev.modelgate.metrics.paired.PairedStatistic;
import dev.modelgate.metrics.stats.InsufficientDataException;
import dev.modelgate.metrics.stats.McNemar;
import dev.modelgate.metrics.stats.MetricIntervals;
import dev.modelgate.metrics.stats.ProportionInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Computes the {@link PairedIntervals} a verdict shows from paired evidence: Wilson intervals for
 * each model's proportions of rows, paired bootstrap intervals for F1, net benefit and the
 * differences, McNemar's exact test, and the interval of the improvement layer 2 decides on; and
 * the {@link ModelIntervals} of a single model from the table of it against itself.
 *
 * <p>A metric that is undefined, or whose interval is (too few rows, a class never predicted, a
 * resample giving NaN), gets undefined bounds, which never pass. Stateless and thread-safe.
 */
public final class IntervalCalculator {

  private static final Set<Metric> DIFFERENCES = Set.of(Metrics.ACCURACY, Metrics.F1, Metrics.NET_BENEFIT);
  private static final List<Metric> PROPORTIONS =
      List.of(Metrics.ACCURACY, Metrics.ERROR_RATE, Metrics.PRECISION, Metrics.RECALL);
  private static final List<Metric> BOOTSTRAPPED = List.of(Metrics.F1, Metrics.NET_BENEFIT);

  private IntervalCalculator() {}

  /** The intervals of {@code evidence} for a gate comparing on {@code compareOn}. */
  public static PairedIntervals of(PairedEvidence evidence, Metric compareOn, Confidence settings) {
    TableStatistics statistics = new TableStatistics(evidence);
    JointTable table = evidence.table();
    PairedBootstrap bootstrap = settings.bootstrap();
    double level = settings.level().doubleValue();
    MetricInterval.Method method = method(settings);
    List<MetricInterval> differences = new ArrayList<>();
    MetricInterval improvement = null;
    for (Metric metric : Confidence.pairedMetrics()) {
      boolean compared = metric.equals(compareOn);
      PairedStatistic difference = statistics.difference(metric);
      if (difference == null || !(compared || DIFFERENCES.contains(metric))) {
        continue;
      }
      MetricInterval interval = bootstrapped(metric, method, bootstrap, table, difference, level);
      differences.add(interval);
      if (compared) {
        improvement = metric.direction() == Direction.HIGHER_IS_BETTER ? interval : interval.negated();
      }
    }
    return new PairedIntervals(
        settings,
        table,
        McNemar.exact(table.championOnly(), table.candidateOnly()),
        improvement,
        differences,
        single(statistics, table.champion(), true, method, bootstrap, table, level),
        single(statistics, table.candidate(), false, method, bootstrap, table, level));
  }

  /**
   * The intervals of the one model of {@code evidence}, a table of the model against itself: Wilson
   * for its proportions, the bootstrap of {@code settings} for F1 and net benefit (with costs).
   */
  public static ModelIntervals single(PairedEvidence evidence, Confidence settings) {
    TableStatistics statistics = new TableStatistics(evidence);
    JointTable table = evidence.table();
    List<MetricInterval> intervals = single(
        statistics, table.candidate(), false, method(settings), settings.bootstrap(), table,
        settings.level().doubleValue());
    return new ModelIntervals(settings, table.rows(), intervals);
  }

  private static MetricInterval.Method method(Confidence settings) {
    return settings.method() == IntervalMethod.BCA ? MetricInterval.Method.BCA : MetricInterval.Method.PERCENTILE;
  }

  private static List<MetricInterval> single(
      TableStatistics statistics, ConfusionMatrix matrix, boolean champion, MetricInterval.Method method,
      PairedBootstrap bootstrap, JointTable table, double level) {
    List<MetricInterval> intervals = new ArrayList<>();
    for (Metric metric : PROPORTIONS) {
      ToDoubleFunction<ConfusionMatrix> metricOf = statistics.of(metric);
      double estimate = metricOf == null ? Double.NaN : metricOf.applyAsDouble(matrix);
      intervals.add(wilson(metric, matrix, statistics.positive(), estimate, level));
    }
    for (Metric metric : BOOTSTRAPPED) {
      ToDoubleFunction<ConfusionMatrix> metricOf = statistics.of(metric);
      if (metricOf != null) {
        PairedStatistic statistic = champion ? PairedStatistic.champion(metricOf) : PairedStatistic.candidate(metricOf);
        intervals.add(bootstrapped(metric, method, bootstrap, table, statistic, level));
      }
    }
    return intervals;
  }

  private static MetricInterval wilson(
      Metric metric, ConfusionMatrix matrix, int positive, double estimate, double level) {
    ProportionInterval.Method wilson = ProportionInterval.Method.WILSON;
    try {
      ProportionInterval interval = metric.equals(Metrics.ACCURACY)
          ? MetricIntervals.accuracy(matrix, level, wilson)
          : metric.equals(Metrics.ERROR_RATE)
              ? MetricIntervals.errorRate(matrix, level, wilson)
              : metric.equals(Metrics.PRECISION)
                  ? MetricIntervals.precision(matrix, positive, level, wilson)
                  : MetricIntervals.recall(matrix, positive, level, wilson);
      return MetricInterval.of(metric, MetricInterval.Method.WILSON, estimate, interval.lower(), interval.upper());
    } catch (InsufficientDataException e) {
      return MetricInterval.of(metric, MetricInterval.Method.WILSON, estimate, Double.NaN, Double.NaN);
    }
  }

  private static MetricInterval bootstrapped(
      Metric metric, MetricInterval.Method method, PairedBootstrap bootstrap, JointTable table,
      PairedStatistic statistic, double level) {
    try {
      ConfidenceInterval interval = bootstrap.interval(table, statistic, level);
      return MetricInterval.of(metric, method, interval.estimate(), interval.lower(), interval.upper());
    } catch (InsufficientDataException e) {
      return MetricInterval.of(metric, method, statistic.of(table), Double.NaN, Double.NaN);
    }
  }

}
