package dev.modelgate.examples.training;

import dev.modelgate.metrics.testset.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;

/**
 * One model's predictions on the fixed test set: for each test row, in the data's row order, its
 * {@code row_id}, its true label, the predicted label and the model's P(Bad).
 *
 * <p>Scores are rounded to {@value #SCORE_DECIMALS} decimals (half even), and the predicted label
 * is {@code Bad} exactly when the rounded score is greater than the model's threshold, so a
 * predictions file written by {@link #writeCsv(Appendable)} can be re-thresholded to the same
 * labels. With threshold 1/6: score 0.166667 predicts {@code Bad} (passes), 0.166666 predicts
 * {@code Good} (fails), and no 6-decimal score can tie 1/6; with threshold 0.5, a score of exactly
 * 0.500000 ties and predicts {@code Good}: declining needs a score strictly above the threshold.
 *
 * <p>Immutable and thread-safe; the array accessors return copies.
 */
public final class Predictions {

  /** Decimals kept of each score. */
  public static final int SCORE_DECIMALS = 6;

  /** The header of {@link #writeCsv(Appendable)}, the same as the bundled predictions files. */
  public static final String CSV_HEADER = "row_id,Class,predicted,score";

  private final String model;
  private final double threshold;
  private final Fingerprint testSetFingerprint;
  private final String[] rowIds;
  private final String[] truth;
  private final String[] predicted;
  private final double[] scores;

  private Predictions(
      String model, double threshold, Fingerprint testSetFingerprint, String[] rowIds,
      String[] truth, double[] scores) {
    this.model = model;
    this.threshold = threshold;
    this.testSetFingerprint = testSetFingerprint;
    this.rowIds = rowIds;
    this.truth = truth;
    this.scores = new double[scores.length];
    this.predicted = new String[scores.length];
    for (int i = 0; i < scores.length; i++) {
      this.scores[i] = round(scores[i]);
      this.predicted[i] =
          this.scores[i] > threshold ? GermanCreditData.BAD : GermanCreditData.GOOD;
    }
  }

  /** Predictions from raw P(Bad) scores; the arrays are taken over, not copied. */
  static Predictions of(
      String model, double threshold, Fingerprint testSetFingerprint, String[] rowIds,
      String[] truth, double[] scores) {
    return new Predictions(model, threshold, testSetFingerprint, rowIds, truth, scores);
  }

  private static double round(double score) {
    return BigDecimal.valueOf(score).setScale(SCORE_DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** The model's name, such as {@code champion}. */
  public String model() {
    return model;
  }

  /** The decision threshold: a row is predicted {@code Bad} when its score is greater. */
  public double threshold() {
    return threshold;
  }

  /** The fingerprint of the test set these predictions cover. */
  public Fingerprint testSetFingerprint() {
    return testSetFingerprint;
  }

  /** The number of test rows. */
  public int size() {
    return rowIds.length;
  }

  /** Each test row's {@code row_id}. */
  public String[] rowIds() {
    return rowIds.clone();
  }

  /** Each test row's true label, {@code Good} or {@code Bad}. */
  public String[] truth() {
    return truth.clone();
  }

  /** Each test row's predicted label, {@code Good} or {@code Bad}. */
  public String[] predicted() {
    return predicted.clone();
  }

  /** Each test row's P(Bad), rounded to {@value #SCORE_DECIMALS} decimals. */
  public double[] scores() {
    return scores.clone();
  }

  /**
   * Writes the predictions as CSV: the header {@value #CSV_HEADER}, then one line per test row with
   * the score written with {@value #SCORE_DECIMALS} decimals, {@code \n} line ends.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public void writeCsv(Appendable out) {
    Objects.requireNonNull(out, "out");
    try {
      out.append(CSV_HEADER).append('\n');
      for (int i = 0; i < rowIds.length; i++) {
        out.append(rowIds[i]).append(',').append(truth[i]).append(',').append(predicted[i])
            .append(',')
            .append(BigDecimal.valueOf(scores[i]).setScale(SCORE_DECIMALS).toPlainString())
            .append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the predictions of " + model, e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Predictions other
        && model.equals(other.model)
        && Double.compare(threshold, other.threshold) == 0
        && testSetFingerprint.equals(other.testSetFingerprint)
        && Arrays.equals(rowIds, other.rowIds)
        && Arrays.equals(truth, other.truth)
        && Arrays.equals(scores, other.scores);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, threshold, testSetFingerprint, Arrays.hashCode(rowIds),
        Arrays.hashCode(truth), Arrays.hashCode(scores));
  }

  @Override
  public String toString() {
    return "Predictions[" + model + ", rows=" + rowIds.length + ", threshold=" + threshold
        + ", testSet=" + testSetFingerprint + "]";
  }
}
