package dev.modelgate.prometheus;

import java.util.Objects;

/**
 * The PromQL template that reads one model's prediction distribution in one window: score
 * histogram buckets or counts per predicted class. Both templates have the placeholders {@code
 * $model} and {@code $window}. Immutable and thread-safe; checked by {@link
 * CanaryQueriesBuilder#build()}.
 */
public sealed interface PredictionQuery {

  /** The PromQL template. */
  String template();

  /**
   * Scores from a classic histogram: the query gives one series per bucket, labelled {@code le},
   * whose values are the buckets' cumulative counts in the window, as in {@code sum by (le)
   * (increase(model_score_bucket{model="$model"}[$window]))}. The result is a {@link
   * dev.modelgate.core.spi.PredictionDistribution.ScoreHistogram}.
   *
   * @param template the PromQL template
   */
  record ScoreBuckets(String template) implements PredictionQuery {
    /** Checks for null. */
    public ScoreBuckets {
      Objects.requireNonNull(template, "template");
    }
  }

  /**
   * Predicted classes from a counter: the query gives one series per class, labelled {@code
   * classLabel}, whose values are the class's counts in the window, as in {@code sum by (class)
   * (increase(model_predictions_total{model="$model"}[$window]))}. The result is a {@link
   * dev.modelgate.core.spi.PredictionDistribution.ClassCounts}.
   *
   * @param template the PromQL template
   * @param classLabel the label that names the class
   */
  record ClassCounts(String template, String classLabel) implements PredictionQuery {
    /** Checks for nulls. */
    public ClassCounts {
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(classLabel, "classLabel");
    }
  }
}
