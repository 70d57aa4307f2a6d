package dev.modelgate.cli.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which columns of a predictions file hold what, and how the predicted label is read: from a
 * prediction column, or from a score column compared with a threshold (score &ge; threshold gives
 * the positive label, anything lower the negative one).
 *
 * <p>The threshold is inclusive: with threshold 0.5 and positive {@code Bad}, a score of 0.7
 * predicts {@code Bad}, 0.3 the negative label, and the tie 0.5 predicts {@code Bad}, as
 * scikit-learn's curves count a score equal to the threshold as positive.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the true label's column
 * @param prediction the predicted label's column; null when the label comes from the score
 * @param score the score's column (the probability or confidence of the positive label); null for
 *     none
 * @param threshold the score from which the positive label is predicted; null to read {@code
 *     prediction}
 * @param positive the positive label; null for multi-class metrics only
 * @param negative the label predicted below the threshold; null to take the one true label that is
 *     not positive
 * @param amount the per-row amount's column, for net benefit with rates; null for none
 * @param weight the sample weight's column; null for weight 1
 * @param id the row identity's column for the test-set fingerprint; null for the 1-based row number
 */
public record Columns(
    String label,
    @Nullable String prediction,
    @Nullable String score,
    @Nullable Double threshold,
    @Nullable String positive,
    @Nullable String negative,
    @Nullable String amount,
    @Nullable String weight,
    @Nullable String id) {

  /** These columns with {@code newPositive} as the positive label. */
  public Columns withPositive(String newPositive) {
    return new Columns(
        label, prediction, score, threshold, newPositive, negative, amount, weight, id);
  }

  /** Every rule these settings break, empty when they fit together. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (threshold != null && score == null) {
      problems.add(FlagMessages.thresholdNeedsScore());
    }
    if (threshold != null && prediction != null) {
      problems.add(FlagMessages.predictionAndThreshold());
    }
    if (threshold == null && prediction == null) {
      problems.add(FlagMessages.noPrediction());
    }
    if (positive == null && score != null) {
      problems.add(FlagMessages.needsPositive("--score", "the label the scores are for"));
    }
    if (negative != null && threshold == null) {
      problems.add(FlagMessages.negativeNeedsThreshold());
    }
    if (negative != null && negative.equals(positive)) {
      problems.add(FlagMessages.sameLabels(negative));
    }
    if (weight != null && amount != null) {
      problems.add(FlagMessages.weightWithAmount());
    }
    return problems;
  }
}
