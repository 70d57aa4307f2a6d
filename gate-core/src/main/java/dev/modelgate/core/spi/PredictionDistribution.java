package dev.modelgate.core.spi;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The distribution of one model's outputs in a canary window: scores, as a sample or as a
 * histogram, or predicted classes as counts.
 */
public sealed interface PredictionDistribution {

  /**
   * Scores as raw values (a sample or all of them); KS, PSI and the like are computed from them.
   *
   * @param scores the scores, copied in and out
   */
  record ScoreSample(double[] scores) implements PredictionDistribution {
    /** Checks and copies the scores. */
    public ScoreSample {
      Objects.requireNonNull(scores, "scores");
      scores = scores.clone();
      for (int i = 0; i < scores.length; i++) {
        if (!Double.isFinite(scores[i])) {
          throw new IllegalArgumentException("scores[" + i + "] = " + scores[i] + " is not finite");
        }
      }
    }

    @Override
    public double[] scores() {
      return scores.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ScoreSample other && Arrays.equals(scores, other.scores);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(scores);
    }

    @Override
    public String toString() {
      return "ScoreSample[" + scores.length + " scores]";
    }
  }

  /**
   * Scores as a histogram with cumulative counts, as Prometheus histograms report them: {@code
   * cumulativeCounts[i]} scores were at most {@code upperBounds[i]}; the last bound may be {@code
   * +Infinity}.
   *
   * @param upperBounds the buckets' upper bounds, strictly increasing
   * @param cumulativeCounts the cumulative counts, non-decreasing
   */
  record ScoreHistogram(double[] upperBounds, long[] cumulativeCounts)
      implements PredictionDistribution {
    /** Checks and copies the buckets. */
    public ScoreHistogram {
      Objects.requireNonNull(upperBounds, "upperBounds");
      Objects.requireNonNull(cumulativeCounts, "cumulativeCounts");
      if (upperBounds.length == 0 || upperBounds.length != cumulativeCounts.length) {
        throw new IllegalArgumentException(
            "a histogram needs one cumulative count per upper bound, got "
                + upperBounds.length + " bounds and " + cumulativeCounts.length + " counts");
      }
      upperBounds = upperBounds.clone();
      cumulativeCounts = cumulativeCounts.clone();
      for (int i = 0; i < upperBounds.length; i++) {
        if (Double.isNaN(upperBounds[i]) || (i > 0 && !(upperBounds[i] > upperBounds[i - 1]))) {
          throw new IllegalArgumentException(
              "upperBounds[" + i + "] = " + upperBounds[i] + " does not increase strictly");
        }
        if (cumulativeCounts[i] < 0 || (i > 0 && cumulativeCounts[i] < cumulativeCounts[i - 1])) {
          throw new IllegalArgumentException(
              "cumulativeCounts[" + i + "] = " + cumulativeCounts[i] + " is not a non-decreasing count");
        }
      }
    }

    @Override
    public double[] upperBounds() {
      return upperBounds.clone();
    }

    @Override
    public long[] cumulativeCounts() {
      return cumulativeCounts.clone();
    }

    /** The number of scores counted. */
    public long total() {
      return cumulativeCounts[cumulativeCounts.length - 1];
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ScoreHistogram other
          && Arrays.equals(upperBounds, other.upperBounds)
          && Arrays.equals(cumulativeCounts, other.cumulativeCounts);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(upperBounds) + Arrays.hashCode(cumulativeCounts);
    }

    @Override
    public String toString() {
      return "ScoreHistogram[" + upperBounds.length + " buckets, " + total() + " scores]";
    }
  }

  /**
   * Predicted classes as counts per label.
   *
   * @param counts how often each label was predicted
   */
  record ClassCounts(Map<String, Long> counts) implements PredictionDistribution {
    /** Checks and copies the counts. */
    public ClassCounts {
      Objects.requireNonNull(counts, "counts");
      counts.forEach(
          (label, count) -> {
            Objects.requireNonNull(label, "label");
            if (count == null || count < 0) {
              throw new IllegalArgumentException("count of " + label + " = " + count + " must be >= 0");
            }
          });
      counts = Map.copyOf(counts);
    }
  }
}
