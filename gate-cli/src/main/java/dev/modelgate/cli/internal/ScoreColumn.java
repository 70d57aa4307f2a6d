package dev.modelgate.cli.internal;

import dev.modelgate.metrics.curve.ThresholdCurve;
import java.util.Arrays;

/**
 * Keeps every row's score, whether its true label is the positive one and, when weighted, its
 * weight: what a {@link ThresholdCurve} (ROC AUC, average precision) needs, since ranking metrics
 * sort all scores. 9 bytes per row, 17 with weights.
 *
 * <p>Not thread-safe.
 */
final class ScoreColumn {

  private double[] scores = new double[1024];
  private boolean[] positive = new boolean[1024];
  private double[] weights;
  private int size;

  ScoreColumn(boolean weighted) {
    this.weights = new double[weighted ? 1024 : 0];
  }

  void add(double score, boolean isPositive, double weight) {
    if (size == scores.length) {
      int capacity = size * 2;
      scores = Arrays.copyOf(scores, capacity);
      positive = Arrays.copyOf(positive, capacity);
      if (weights.length > 0) {
        weights = Arrays.copyOf(weights, capacity);
      }
    }
    scores[size] = score;
    positive[size] = isPositive;
    if (weights.length > 0) {
      weights[size] = weight;
    }
    size++;
  }

  /** The threshold curve of the rows added, as {@code dev.modelgate.core.Evaluator} builds it. */
  ThresholdCurve curve() {
    boolean[] truth = Arrays.copyOf(positive, size);
    double[] rowScores = Arrays.copyOf(scores, size);
    positive = new boolean[0];
    scores = new double[0];
    if (weights.length == 0) {
      return ThresholdCurve.of(truth, rowScores);
    }
    return ThresholdCurve.of(truth, rowScores, Arrays.copyOf(weights, size));
  }
}
