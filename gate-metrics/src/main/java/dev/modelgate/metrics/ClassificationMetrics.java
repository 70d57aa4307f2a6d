package dev.modelgate.metrics;

import java.util.Objects;

/**
 * The classification metrics of one confusion matrix — accuracy, balanced accuracy, precision,
 * recall, F1, F-beta and Matthews correlation — equal to what scikit-learn computes from the same
 * rows, weighted rows included (checked against scikit-learn 1.2.1 to 1e-12 relative).
 *
 * <p>Precision, recall and F-beta come in three shapes: for one positive class (scikit-learn's
 * {@code average="binary"} with that {@code pos_label}, one-vs-rest when there are more than two
 * classes), reduced over all classes by an {@link Average}, and per class ({@code average=None}).
 * With counts tp (true positives), pp (predicted as the class) and t (truly of the class):
 *
 * <ul>
 *   <li>precision = tp / pp, undefined when pp = 0;
 *   <li>recall = tp / t, undefined when t = 0;
 *   <li>F-beta = (1 + β²)·tp / (β²·t + pp), undefined only when t = pp = 0; when just one of them
 *       is 0 it is 0, as tp is. β = +∞ gives recall.
 * </ul>
 *
 * <p>An undefined value (0/0) is the {@link ZeroDivision} policy's value: 0.0 by default, as
 * scikit-learn's default {@code zero_division="warn"}, 1.0 or {@code NaN}. Under {@link
 * ZeroDivision#NAN} macro and weighted averages leave {@code NaN} classes out (see {@link
 * Average}). Micro averages, accuracy and balanced accuracy are never 0/0, because a matrix is only
 * accepted with a positive total. Matthews correlation is 0.0 when undefined, as in scikit-learn,
 * or {@code NaN} under {@link ZeroDivision#NAN}. Values that must lie in [0, 1] (or [-1, 1]) are
 * kept there when rounding would push them an ulp outside.
 *
 * <p>Example: {@code ClassificationMetrics.of(matrix).f1(1)} is the F1 of class 1, {@code
 * ClassificationMetrics.of(matrix, ZeroDivision.NAN).precision(Average.MACRO)} the macro precision
 * that is {@code NaN} only if no class was ever predicted.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClassificationMetrics {

  private final ConfusionMatrix matrix;
  private final ZeroDivision zeroDivision;
  private final double[] truePositives;
  private final double[] actual;
  private final double[] predicted;
  private final double total;
  private final double correct;

  private ClassificationMetrics(ConfusionMatrix matrix, ZeroDivision zeroDivision) {
    this.matrix = matrix;
    this.zeroDivision = zeroDivision;
    int k = matrix.classes();
    truePositives = new double[k];
    actual = new double[k];
    predicted = new double[k];
    double sum = 0;
    double diagonal = 0;
    for (int t = 0; t < k; t++) {
      for (int p = 0; p < k; p++) {
        double cell = matrix.cell(t, p);
        actual[t] += cell;
        predicted[p] += cell;
        sum += cell;
      }
      truePositives[t] = matrix.cell(t, t);
      diagonal += truePositives[t];
    }
    total = sum;
    correct = diagonal;
  }

  /**
   * The metrics of {@code matrix} with 0/0 = 0.0, scikit-learn's default.
   *
   * @throws IllegalArgumentException if the matrix total is 0 (no rows, or only rows of weight 0)
   */
  public static ClassificationMetrics of(ConfusionMatrix matrix) {
    return of(matrix, ZeroDivision.ZERO);
  }

  /**
   * The metrics of {@code matrix} with 0/0 evaluated by {@code zeroDivision}.
   *
   * @throws IllegalArgumentException if the matrix total is 0 (no rows, or only rows of weight 0)
   */
  public static ClassificationMetrics of(ConfusionMatrix matrix, ZeroDivision zeroDivision) {
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(zeroDivision, "zeroDivision");
    double total = matrix.total();
    if (!(total > 0)) {
      throw Rejections.emptyMatrix(total);
    }
    return new ClassificationMetrics(matrix, zeroDivision);
  }

  /** The matrix these metrics are computed from. */
  public ConfusionMatrix matrix() {
    return matrix;
  }

  /** The value of 0/0 in these metrics. */
  public ZeroDivision zeroDivision() {
    return zeroDivision;
  }

  /** The share (or weight share) of rows predicted as their true class; never undefined. */
  public double accuracy() {
    return Math.min(1.0, correct / total);
  }

  /**
   * The mean recall over the classes that have true rows, as scikit-learn's {@code
   * balanced_accuracy_score} (not adjusted): a class with no true rows, or only rows of weight 0,
   * is left out rather than counted as 0/0, so the policy is never used.
   */
  public double balancedAccuracy() {
    double sum = 0;
    int classes = 0;
    for (int c = 0; c < actual.length; c++) {
      if (actual[c] > 0) {
        sum += truePositives[c] / actual[c];
        classes++;
      }
    }
    return Math.min(1.0, sum / classes);
  }

  /**
   * The multiclass Matthews correlation coefficient (Gorodkin's R<sub>K</sub>, scikit-learn's
   * {@code matthews_corrcoef}), in [-1, 1]. When every row is of one true class, or every row is
   * predicted as one class, it is 0/0: 0.0 as scikit-learn returns, under {@link ZeroDivision#ZERO}
   * and {@link ZeroDivision#ONE} alike (1.0 would call a constant prediction a perfect one), and
   * {@code NaN} under {@link ZeroDivision#NAN}.
   */
  public double matthewsCorrelation() {
    return MatthewsCorrelation.of(actual, predicted, correct, total, zeroDivision);
  }

  /**
   * The precision of class {@code positiveClass}: of the rows predicted as it, the share that truly
   * are. The policy's value if the class was never predicted.
   *
   * @throws IllegalArgumentException if {@code positiveClass} is outside {@code [0, K)}
   */
  public double precision(int positiveClass) {
    checkClass(positiveClass);
    return zeroDivision.divide(truePositives[positiveClass], predicted[positiveClass]);
  }

  /** Precision reduced over all classes; {@link Average#MICRO} equals {@link #accuracy()}. */
  public double precision(Average average) {
    Objects.requireNonNull(average, "average");
    return average == Average.MICRO
        ? zeroDivision.divide(sum(truePositives), sum(predicted))
        : reduce(average, precisionPerClass());
  }

  /** The precision of each class, by class index. */
  public double[] precisionPerClass() {
    double[] values = new double[actual.length];
    for (int c = 0; c < values.length; c++) {
      values[c] = zeroDivision.divide(truePositives[c], predicted[c]);
    }
    return values;
  }

  /**
   * The recall of class {@code positiveClass}: of the rows truly of it, the share predicted as it.
   * The policy's value if the class has no true rows.
   *
   * @throws IllegalArgumentException if {@code positiveClass} is outside {@code [0, K)}
   */
  public double recall(int positiveClass) {
    checkClass(positiveClass);
    return zeroDivision.divide(truePositives[positiveClass], actual[positiveClass]);
  }

  /** Recall reduced over all classes; {@link Average#MICRO} equals {@link #accuracy()}. */
  public double recall(Average average) {
    Objects.requireNonNull(average, "average");
    return average == Average.MICRO
        ? zeroDivision.divide(sum(truePositives), sum(actual))
        : reduce(average, recallPerClass());
  }

  /** The recall of each class, by class index. */
  public double[] recallPerClass() {
    double[] values = new double[actual.length];
    for (int c = 0; c < values.length; c++) {
      values[c] = zeroDivision.divide(truePositives[c], actual[c]);
    }
    return values;
  }

  /**
   * The F1 score of class {@code positiveClass}, the harmonic mean of its precision and recall.
   *
   * @throws IllegalArgumentException if {@code positiveClass} is outside {@code [0, K)}
   */
  public double f1(int positiveClass) {
    return fBeta(1.0, positiveClass);
  }

  /** F1 reduced over all classes; {@link Average#MICRO} equals {@link #accuracy()}. */
  public double f1(Average average) {
    return fBeta(1.0, average);
  }

  /** The F1 score of each class, by class index. */
  public double[] f1PerClass() {
    return fBetaPerClass(1.0);
  }

  /**
   * The F-beta score of class {@code positiveClass}: recall counts β times as much as precision.
   *
   * @throws IllegalArgumentException if {@code beta} is not a number > 0, or {@code positiveClass}
   *     is outside {@code [0, K)}
   */
  public double fBeta(double beta, int positiveClass) {
    checkBeta(beta);
    checkClass(positiveClass);
    return FBeta.of(beta, truePositives[positiveClass], actual[positiveClass],
        predicted[positiveClass], zeroDivision);
  }

  /**
   * F-beta reduced over all classes; {@link Average#MICRO} equals {@link #accuracy()}.
   *
   * @throws IllegalArgumentException if {@code beta} is not a number > 0
   */
  public double fBeta(double beta, Average average) {
    checkBeta(beta);
    Objects.requireNonNull(average, "average");
    return average == Average.MICRO
        ? FBeta.of(beta, sum(truePositives), sum(actual), sum(predicted), zeroDivision)
        : reduce(average, fBetaPerClass(beta));
  }

  /**
   * The F-beta score of each class, by class index.
   *
   * @throws IllegalArgumentException if {@code beta} is not a number > 0
   */
  public double[] fBetaPerClass(double beta) {
    checkBeta(beta);
    double[] values = new double[actual.length];
    for (int c = 0; c < values.length; c++) {
      values[c] = FBeta.of(beta, truePositives[c], actual[c], predicted[c], zeroDivision);
    }
    return values;
  }

  private double reduce(Average average, double[] perClass) {
    return average == Average.MACRO
        ? ClassAverages.macro(perClass)
        : ClassAverages.weighted(perClass, actual);
  }

  private void checkClass(int positiveClass) {
    if (positiveClass < 0 || positiveClass >= actual.length) {
      throw Rejections.notAClassIndex("positiveClass", positiveClass, actual.length);
    }
  }

  private static void checkBeta(double beta) {
    if (!(beta > 0)) {
      throw Rejections.notABeta(beta);
    }
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }
}
