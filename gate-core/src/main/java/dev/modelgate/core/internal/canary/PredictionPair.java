package dev.modelgate.core.internal.canary;

import dev.modelgate.core.canary.CanaryCheckKind;
import dev.modelgate.core.canary.CanaryCheckResult;
import dev.modelgate.core.internal.reason.DistributionReason;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.PredictionDistribution;
import dev.modelgate.core.spi.PredictionDistribution.ClassCounts;
import dev.modelgate.core.spi.PredictionDistribution.ScoreHistogram;
import dev.modelgate.core.spi.PredictionDistribution.ScoreSample;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Both models' predictions of one window, ready to compare, or the inconclusive result that says
 * why they cannot be: missing, empty, of different kinds, or histograms with different buckets.
 *
 * @param champion the champion's predictions; meaningless when {@code problem} is set
 * @param canary the canary's predictions; meaningless when {@code problem} is set
 * @param problem the inconclusive result, null when the pair can be compared
 */
record PredictionPair(
    PredictionDistribution champion, PredictionDistribution canary, @Nullable CanaryCheckResult problem) {

  private static final PredictionDistribution NONE = new ScoreSample(new double[0]);

  /** The pair of {@code champion} and {@code canary} for {@code check}, or its problem. */
  static PredictionPair of(
      CanaryCheckKind kind, String check, ModelWindowStats champion, ModelWindowStats canary,
      BigDecimal bound) {
    Optional<PredictionDistribution> h = champion.predictions();
    Optional<PredictionDistribution> c = canary.predictions();
    if (h.isEmpty() || c.isEmpty()) {
      String side = c.isEmpty() ? "canary" : "champion";
      return problem(kind, bound, DistributionReason.noPredictions(side, check));
    }
    PredictionDistribution hd = h.get();
    PredictionDistribution cd = c.get();
    if (hd.getClass() != cd.getClass()) {
      return problem(kind, bound,
          DistributionReason.differentKinds(check, DistributionChecks.kind(hd), DistributionChecks.kind(cd)));
    }
    if (isEmpty(cd) || isEmpty(hd)) {
      String side = isEmpty(cd) ? "canary" : "champion";
      return problem(kind, bound, DistributionReason.emptyPredictions(side, check));
    }
    if (hd instanceof ScoreHistogram hh && cd instanceof ScoreHistogram ch
        && !Arrays.equals(hh.upperBounds(), ch.upperBounds())) {
      return problem(kind, bound, DistributionReason.differentBuckets(check));
    }
    return new PredictionPair(hd, cd, null);
  }

  private static PredictionPair problem(CanaryCheckKind kind, BigDecimal bound, String reason) {
    return new PredictionPair(NONE, NONE, DistributionChecks.inconclusive(kind, bound, reason));
  }

  private static boolean isEmpty(PredictionDistribution distribution) {
    if (distribution instanceof ScoreSample sample) {
      return sample.scores().length == 0;
    }
    if (distribution instanceof ScoreHistogram histogram) {
      return histogram.total() == 0;
    }
    return ((ClassCounts) distribution).counts().values().stream().mapToLong(Long::longValue).sum() == 0;
  }
}
