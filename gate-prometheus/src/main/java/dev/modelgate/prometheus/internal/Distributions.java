package dev.modelgate.prometheus.internal;

import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.PredictionDistribution;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the series of a prediction query into a distribution: histogram buckets labelled {@code
 * le} into a {@link PredictionDistribution.ScoreHistogram}, counters labelled by class into {@link
 * PredictionDistribution.ClassCounts}. Stateless and thread-safe.
 */
final class Distributions {

  private static final String LE = "le";

  private Distributions() {}

  /**
   * The score histogram of {@code result}. Counts are rounded like every count; buckets are sorted
   * by bound, and a cumulative count below the one before it (each bucket series is extrapolated on
   * its own, so rounding can do that) is raised to it, as {@code histogram_quantile} does.
   */
  static PredictionDistribution.ScoreHistogram scoreHistogram(String what, String query, QueryResult result) {
    TreeMap<Double, Long> buckets = new TreeMap<>();
    for (QueryResult.Sample sample : Samples.nonEmpty(what, query, result)) {
      String le = sample.labels().get(LE);
      if (le == null) {
        throw new WindowGap(MissingKind.SOURCE_ERROR, MissingDetails.missingLabel(what, LE, query));
      }
      Double bound = ResponseParser.parseValue(le);
      if (bound == null || bound.isNaN()) {
        throw new WindowGap(MissingKind.SOURCE_ERROR, MissingDetails.badBucketBound(what, le, query));
      }
      buckets.merge(bound, Samples.count(what, query, sample.value()), Long::sum);
    }
    double[] bounds = new double[buckets.size()];
    long[] cumulative = new long[buckets.size()];
    int i = 0;
    long floor = 0;
    for (Map.Entry<Double, Long> bucket : buckets.entrySet()) {
      bounds[i] = bucket.getKey();
      floor = Math.max(floor, bucket.getValue());
      cumulative[i] = floor;
      i++;
    }
    return new PredictionDistribution.ScoreHistogram(bounds, cumulative);
  }

  /** The class counts of {@code result}, one series per value of {@code classLabel}. */
  static PredictionDistribution.ClassCounts classCounts(
      String what, String query, String classLabel, QueryResult result) {
    Map<String, Long> counts = new TreeMap<>();
    for (QueryResult.Sample sample : Samples.nonEmpty(what, query, result)) {
      String label = sample.labels().get(classLabel);
      if (label == null) {
        throw new WindowGap(MissingKind.SOURCE_ERROR, MissingDetails.missingLabel(what, classLabel, query));
      }
      counts.merge(label, Samples.count(what, query, sample.value()), Long::sum);
    }
    return new PredictionDistribution.ClassCounts(counts);
  }
}
