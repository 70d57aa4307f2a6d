package dev.modelgate.metrics.stats;

import dev.modelgate.metrics.ConfusionMatrix;
import java.util.Objects;

/**
 * Confidence intervals for the metrics of one model that are proportions of rows: accuracy, error
 * rate, and a class's precision and recall, each a {@link ProportionInterval} over the counts of
 * a {@link ConfusionMatrix}.
 *
 * <p>Example: a matrix with 170 of 200 rows right has accuracy 0.85 with Wilson 95 % interval
 * [0.7939, 0.8929] and error rate 0.15 with [0.1071, 0.2061].
 *
 * <p>The matrix must hold counts: a weighted matrix is refused, because a weight sum is not a
 * number of trials. A metric whose denominator is 0 (precision of a class never predicted, recall
 * of a class with no true rows) is refused with an {@link InsufficientDataException}, so that an
 * undefined metric never gets an interval that could pass a gate.
 *
 * <p>Stateless and thread-safe.
 */
public final class MetricIntervals {

  private static final String NEED = "a proportion interval needs at least 1 trial";

  private MetricIntervals() {}

  /**
   * The interval for the accuracy: correct rows of all rows.
   *
   * @throws IllegalArgumentException if the matrix is weighted or the confidence is not in (0, 1)
   * @throws InsufficientDataException if the matrix has no rows
   */
  public static ProportionInterval accuracy(
      ConfusionMatrix matrix, double confidence, ProportionInterval.Method method) {
    long rows = counts(matrix);
    long correct = 0;
    for (int c = 0; c < matrix.classes(); c++) {
      correct += (long) matrix.truePositives(c);
    }
    return interval("accuracy", correct, rows, confidence, method);
  }

  /**
   * The interval for the error rate: wrong rows of all rows.
   *
   * @throws IllegalArgumentException if the matrix is weighted or the confidence is not in (0, 1)
   * @throws InsufficientDataException if the matrix has no rows
   */
  public static ProportionInterval errorRate(
      ConfusionMatrix matrix, double confidence, ProportionInterval.Method method) {
    ProportionInterval accuracy = accuracy(matrix, confidence, method);
    long wrong = accuracy.trials() - accuracy.successes();
    return interval("error rate", wrong, accuracy.trials(), confidence, method);
  }

  /**
   * The interval for the precision of {@code positiveClass}: true positives of the rows predicted
   * as it.
   *
   * @throws IllegalArgumentException if the matrix is weighted, the class is outside [0, K) or the
   *     confidence is not in (0, 1)
   * @throws InsufficientDataException if the class was never predicted
   */
  public static ProportionInterval precision(
      ConfusionMatrix matrix, int positiveClass, double confidence,
      ProportionInterval.Method method) {
    counts(matrix);
    long tp = (long) matrix.truePositives(positiveClass);
    long predicted = (long) matrix.predicted(positiveClass);
    return interval("precision of class " + positiveClass, tp, predicted, confidence, method);
  }

  /**
   * The interval for the recall of {@code positiveClass}: true positives of the rows truly of it.
   *
   * @throws IllegalArgumentException if the matrix is weighted, the class is outside [0, K) or the
   *     confidence is not in (0, 1)
   * @throws InsufficientDataException if the class has no true rows
   */
  public static ProportionInterval recall(
      ConfusionMatrix matrix, int positiveClass, double confidence,
      ProportionInterval.Method method) {
    counts(matrix);
    long tp = (long) matrix.truePositives(positiveClass);
    long actual = (long) matrix.actual(positiveClass);
    return interval("recall of class " + positiveClass, tp, actual, confidence, method);
  }

  private static long counts(ConfusionMatrix matrix) {
    Objects.requireNonNull(matrix, "matrix");
    if (matrix.weighted()) {
      throw new IllegalArgumentException(
          "matrix is weighted: a proportion interval needs counts of rows, not sums of weights");
    }
    return matrix.rows();
  }

  private static ProportionInterval interval(
      String metric, long successes, long trials, double confidence,
      ProportionInterval.Method method) {
    Objects.requireNonNull(method, "method");
    Levels.confidence(confidence);
    if (trials == 0) {
      throw Rejections.tooFew(metric, 0, "trial", NEED);
    }
    return ProportionInterval.of(successes, trials, confidence, method);
  }
}
