package dev.modelgate.metrics.curve;

import dev.modelgate.metrics.LabelDictionary;
import java.util.Objects;

/**
 * Checks the arrays a {@link ThresholdCurve} is built from, and makes each failure's message, so
 * that a message cannot drift from its rule. Every message names the argument, the index and the
 * value. Stateless and thread-safe.
 */
final class CurveInput {

  private CurveInput() {}

  /** Checks that truth and scores (and weights, if any) are non-null, non-empty and equally long. */
  static void requireShape(int truthLength, double[] scores, double[] weights) {
    Objects.requireNonNull(scores, "scores");
    if (truthLength != scores.length) {
      throw new IllegalArgumentException(
          "truth has " + truthLength + " rows but scores has " + scores.length);
    }
    if (weights != null && truthLength != weights.length) {
      throw new IllegalArgumentException(
          "truth has " + truthLength + " rows but weights has " + weights.length);
    }
    if (truthLength == 0) {
      throw new IllegalArgumentException("no rows: a threshold curve needs at least one row");
    }
  }

  /** Whether each row is of class {@code positiveClass}, checking every class index. */
  static boolean[] positives(LabelDictionary labels, int positiveClass, int[] truth) {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(truth, "truth");
    int k = labels.size();
    if (positiveClass < 0 || positiveClass >= k) {
      throw new IllegalArgumentException(
          "positiveClass = " + positiveClass + " is not a class index in [0, " + k + ")");
    }
    boolean[] positive = new boolean[truth.length];
    for (int i = 0; i < truth.length; i++) {
      int c = truth[i];
      if (c < 0 || c >= k) {
        throw new IllegalArgumentException(
            "truth[" + i + "] = " + c + " is not a class index in [0, " + k + ")");
      }
      positive[i] = c == positiveClass;
    }
    return positive;
  }

  static IllegalArgumentException notFiniteScore(int index, double value) {
    return new IllegalArgumentException(
        "scores[" + index + "] = " + value + " is not a finite score");
  }

  static IllegalArgumentException notFiniteWeight(int index, double value) {
    return new IllegalArgumentException(
        "weights[" + index + "] = " + value + " is not a finite weight >= 0");
  }

  static IllegalArgumentException allWeightsZero() {
    return new IllegalArgumentException(
        "every weight is 0: a threshold curve needs at least one row of positive weight");
  }
}
