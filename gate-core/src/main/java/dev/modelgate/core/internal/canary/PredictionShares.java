package dev.modelgate.core.internal.canary;

import dev.modelgate.core.spi.PredictionDistribution;
import dev.modelgate.core.spi.PredictionDistribution.ClassCounts;
import dev.modelgate.core.spi.PredictionDistribution.ScoreHistogram;
import dev.modelgate.core.spi.PredictionDistribution.ScoreSample;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns two models' predictions of the same kind into the bins PSI and chi-square compare:
 * deciles of the champion's scores, the histogram's buckets, or the sorted union of class labels.
 * Stateless and thread-safe.
 */
final class PredictionShares {

  private PredictionShares() {}

  /** PSI of the canary's predictions against the champion's, both of the same, non-empty kind. */
  static double psi(PredictionDistribution champion, PredictionDistribution canary) {
    if (champion instanceof ScoreSample reference && canary instanceof ScoreSample sample) {
      return Statistics.psiOfScores(reference.scores(), sample.scores());
    }
    if (champion instanceof ScoreHistogram reference && canary instanceof ScoreHistogram histogram) {
      return Statistics.psiOfCounts(bucketCounts(reference), bucketCounts(histogram));
    }
    long[][] table = byLabel((ClassCounts) champion, (ClassCounts) canary);
    return Statistics.psiOfCounts(table[0], table[1]);
  }

  /** The counts of both models by label, over the sorted union of their labels: row 0 the champion's. */
  static long[][] byLabel(ClassCounts champion, ClassCounts canary) {
    TreeSet<String> labels = new TreeSet<>(champion.counts().keySet());
    labels.addAll(canary.counts().keySet());
    List<String> sorted = List.copyOf(labels);
    long[][] table = new long[2][sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      table[0][i] = champion.counts().getOrDefault(sorted.get(i), 0L);
      table[1][i] = canary.counts().getOrDefault(sorted.get(i), 0L);
    }
    return table;
  }

  private static long[] bucketCounts(ScoreHistogram histogram) {
    long[] cumulative = histogram.cumulativeCounts();
    long[] counts = new long[cumulative.length];
    for (int i = 0; i < cumulative.length; i++) {
      counts[i] = cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
    }
    return counts;
  }
}
