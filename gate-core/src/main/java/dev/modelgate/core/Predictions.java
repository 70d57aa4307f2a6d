package dev.modelgate.core;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One model's outputs on a test set: for each row its identity, its true label, the predicted
 * label and optionally a score (the model's probability or confidence for the positive label) and
 * a sample weight.
 *
 * <p>Arrays are copied on the way in and out, so a {@code Predictions} is immutable and
 * thread-safe. Build one with {@link #of} and add the optional columns with {@link #withScores} and
 * {@link #withWeights}.
 */
public final class Predictions {

  private final String[] rowIds;
  private final String[] truth;
  private final String[] predicted;
  private final double @Nullable [] scores;
  private final double @Nullable [] weights;

  private Predictions(
      String[] rowIds,
      String[] truth,
      String[] predicted,
      double @Nullable [] scores,
      double @Nullable [] weights) {
    this.rowIds = rowIds;
    this.truth = truth;
    this.predicted = predicted;
    this.scores = scores;
    this.weights = weights;
  }

  /**
   * Predictions of the rows {@code rowIds}, with their true and predicted labels.
   *
   * @throws IllegalArgumentException if there are no rows, the arrays differ in length, or a value
   *     is null or empty; the message names the argument and the index
   */
  public static Predictions of(String[] rowIds, String[] truth, String[] predicted) {
    Objects.requireNonNull(rowIds, "rowIds");
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    if (rowIds.length == 0) {
      throw new IllegalArgumentException("no rows: predictions need at least one row");
    }
    requireLength("truth", truth.length, rowIds.length);
    requireLength("predicted", predicted.length, rowIds.length);
    requireText("rowIds", rowIds);
    requireText("truth", truth);
    requireText("predicted", predicted);
    return new Predictions(rowIds.clone(), truth.clone(), predicted.clone(), null, null);
  }

  /**
   * These predictions with a score per row.
   *
   * @throws IllegalArgumentException if the length differs or a score is NaN or infinite
   */
  public Predictions withScores(double[] rowScores) {
    Objects.requireNonNull(rowScores, "scores");
    requireLength("scores", rowScores.length, rowIds.length);
    for (int i = 0; i < rowScores.length; i++) {
      if (!Double.isFinite(rowScores[i])) {
        throw new IllegalArgumentException(
            "scores[" + i + "] = " + rowScores[i] + " is not a finite number");
      }
    }
    return new Predictions(rowIds, truth, predicted, rowScores.clone(), weights);
  }

  /**
   * These predictions with a sample weight per row.
   *
   * @throws IllegalArgumentException if the length differs or a weight is negative, NaN or
   *     infinite
   */
  public Predictions withWeights(double[] rowWeights) {
    Objects.requireNonNull(rowWeights, "weights");
    requireLength("weights", rowWeights.length, rowIds.length);
    for (int i = 0; i < rowWeights.length; i++) {
      if (!(rowWeights[i] >= 0) || Double.isInfinite(rowWeights[i])) {
        throw new IllegalArgumentException(
            "weights[" + i + "] = " + rowWeights[i] + " is not a finite weight >= 0");
      }
    }
    return new Predictions(rowIds, truth, predicted, scores, rowWeights.clone());
  }

  /** The number of rows. */
  public int rows() {
    return rowIds.length;
  }

  /** The rows' identities. */
  public String[] rowIds() {
    return rowIds.clone();
  }

  /** The true labels. */
  public String[] truth() {
    return truth.clone();
  }

  /** The predicted labels. */
  public String[] predicted() {
    return predicted.clone();
  }

  /** The scores, or null when none were given. */
  public double @Nullable [] scores() {
    return scores == null ? null : scores.clone();
  }

  /** The sample weights, or null when none were given. */
  public double @Nullable [] weights() {
    return weights == null ? null : weights.clone();
  }

  private static void requireLength(String argument, int length, int rows) {
    if (length != rows) {
      throw new IllegalArgumentException(
          "rowIds has " + rows + " rows but " + argument + " has " + length);
    }
  }

  private static void requireText(String argument, String[] values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null || values[i].isEmpty()) {
        throw new IllegalArgumentException(argument + "[" + i + "] must not be null or empty");
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Predictions other
        && Arrays.equals(rowIds, other.rowIds)
        && Arrays.equals(truth, other.truth)
        && Arrays.equals(predicted, other.predicted)
        && Arrays.equals(scores, other.scores)
        && Arrays.equals(weights, other.weights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(rowIds), Arrays.hashCode(truth), Arrays.hashCode(predicted),
        Arrays.hashCode(scores), Arrays.hashCode(weights));
  }

  @Override
  public String toString() {
    return "Predictions[rows=" + rowIds.length + ", scores=" + (scores != null)
        + ", weights=" + (weights != null) + "]";
  }
}
