package dev.modelgate.core;

import dev.modelgate.metrics.paired.JointTable;
import dev.modelgate.metrics.stats.McNemarResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How solid a champion–challenger comparison is: the confidence intervals computed from the paired
 * evidence of both models scored on the same rows, which a verdict shows whenever that evidence was
 * given, whether or not its policy asks for confidence.
 *
 * <ul>
 *   <li>{@link #improvement()}: the interval layer 2 decides on, for the improvement on the
 *       compared metric in its direction (candidate − champion when higher is better, champion −
 *       candidate when lower is better), by the paired bootstrap;
 *   <li>{@link #differences()}: candidate − champion of accuracy, F1 and net benefit (and the
 *       compared metric), by the paired bootstrap;
 *   <li>{@link #champion()} and {@link #candidate()}: each model's accuracy, error rate, precision
 *       and recall by Wilson's interval, and its F1 and net benefit by the bootstrap;
 *   <li>{@link #mcnemar()}: McNemar's exact two-sided test on the rows only one model got right.
 * </ul>
 *
 * <p>Every interval has the level of {@link #settings()}; the bootstrap ones also its resamples,
 * seed and method, so the same evidence and settings give the same numbers on every machine. The
 * joint table is kept, so anyone can recompute them. Immutable and thread-safe.
 *
 * @param settings the level, resamples, seed and method of the intervals
 * @param table the joint table of (true class, champion's prediction, candidate's prediction)
 * @param mcnemar McNemar's exact two-sided test of the table's discordant rows
 * @param improvement the interval of the improvement on the compared metric; null when that metric
 *     has no paired interval (see {@link Confidence#pairedMetrics()}) or the evidence lacks costs
 * @param differences candidate − champion, by metric
 * @param champion the champion's intervals, by metric
 * @param candidate the candidate's intervals, by metric
 */
public record PairedIntervals(
    Confidence settings,
    JointTable table,
    McNemarResult mcnemar,
    @Nullable MetricInterval improvement,
    List<MetricInterval> differences,
    List<MetricInterval> champion,
    List<MetricInterval> candidate) {

  /**
   * Copies the lists and checks that McNemar's test is of the table.
   *
   * @throws IllegalArgumentException if McNemar's counts are not the table's discordant rows
   */
  public PairedIntervals {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(mcnemar, "mcnemar");
    differences = List.copyOf(differences);
    champion = List.copyOf(champion);
    candidate = List.copyOf(candidate);
    if (mcnemar.championOnly() != table.championOnly() || mcnemar.candidateOnly() != table.candidateOnly()) {
      throw new IllegalArgumentException(
          "McNemar's test counts " + mcnemar.championOnly() + " and " + mcnemar.candidateOnly()
              + " discordant rows, but the table " + table.championOnly() + " and " + table.candidateOnly());
    }
  }

  /** The number of rows both models were scored on. */
  public long rows() {
    return table.rows();
  }

  /** The interval of candidate − champion on {@code metric}, if reported. */
  public Optional<MetricInterval> difference(Metric metric) {
    return find(differences, metric);
  }

  /** The champion's interval on {@code metric}, if reported. */
  public Optional<MetricInterval> championInterval(Metric metric) {
    return find(champion, metric);
  }

  /** The candidate's interval on {@code metric}, if reported. */
  public Optional<MetricInterval> candidateInterval(Metric metric) {
    return find(candidate, metric);
  }

  private static Optional<MetricInterval> find(List<MetricInterval> intervals, Metric metric) {
    return intervals.stream().filter(i -> i.metric().equals(metric)).findFirst();
  }
}
