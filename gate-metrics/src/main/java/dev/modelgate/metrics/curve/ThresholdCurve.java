package dev.modelgate.metrics.curve;

import dev.modelgate.metrics.ZeroDivision;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The threshold curve of scored binary predictions: for every distinct score t, in decreasing
 * order, the true and false positives of predicting positive every row whose score is ≥ t
 * (scikit-learn's convention), and the metrics that follow from them.
 *
 * <pre>{@code
 * ThresholdCurve curve = ThresholdCurve.of(isBad, scores);          // boolean[], double[]
 * double auc = curve.rocAuc();                                      // NaN if one class is absent
 * OperatingPoint best = curve.best(ThresholdMetric.netBenefit(costs)).orElseThrow();
 * BigDecimal money = best.netBenefit(costs);                        // exact
 * }</pre>
 *
 * <p>Ties are handled as scikit-learn's {@code precision_recall_curve} and {@code
 * roc_curve(drop_intermediate=False)} handle them: all rows of one score cross the threshold
 * together. Counts are numbers of rows, or sums of row weights when built with weights (as
 * scikit-learn's {@code sample_weight}; rows of weight 0 are dropped, so their scores are not
 * thresholds). Unweighted counts are exact, and so is {@link #netBenefit(BinaryCosts)}.
 *
 * <p>Undefined values are {@code NaN}, never a number that could pass a gate: {@link #rocAuc()}
 * without positives or negatives (scikit-learn raises), {@link #averagePrecision()} without
 * positives (scikit-learn returns 0), the true positive rate without positives and the false
 * positive rate without negatives. Recall without positives follows the {@link ZeroDivision}
 * policy, 0 by default as scikit-learn's {@code recall_score}; choose {@link ZeroDivision#NAN} to
 * see it as undefined.
 *
 * <p>Building radix-sorts the scores, in time linear in the number of rows and less than one
 * {@code Arrays.sort} of them; the weighted path moves a weight with every score and is slower.
 * Building needs about 40 bytes of memory per row (56 weighted); the curve keeps 24 bytes per
 * distinct score. Immutable and thread-safe.
 */
public final class ThresholdCurve {

  private final double[] thresholds;
  private final double[] tps;
  private final double[] fps;
  private final boolean weighted;
  private final double rocAuc;
  private final double averagePrecision;
  private final ZeroDivision zeroDivision;

  private ThresholdCurve(double[] thresholds, double[] tps, double[] fps, boolean weighted,
      double rocAuc, double averagePrecision, ZeroDivision zeroDivision) {
    this.thresholds = thresholds;
    this.tps = tps;
    this.fps = fps;
    this.weighted = weighted;
    this.rocAuc = rocAuc;
    this.averagePrecision = averagePrecision;
    this.zeroDivision = zeroDivision;
  }

  static ThresholdCurve fromSweep(
      double[] thresholds, double[] tps, double[] fps, boolean weighted) {
    return new ThresholdCurve(thresholds, tps, fps, weighted,
        CurveAreas.rocAuc(tps, fps, weighted), CurveAreas.averagePrecision(tps, fps),
        ZeroDivision.ZERO);
  }

  /**
   * The curve of {@code scores} where {@code truth[i]} tells whether row i is positive.
   *
   * @throws IllegalArgumentException if the arrays are empty or differ in length, or a score is
   *     NaN or infinite; the message names the argument, the index and the value
   */
  public static ThresholdCurve of(boolean[] truth, double[] scores) {
    Objects.requireNonNull(truth, "truth");
    CurveInput.requireShape(truth.length, scores, null);
    return CurveSweep.unweighted(truth, scores);
  }

  /**
   * The weighted curve: each row counts with its weight.
   *
   * @throws IllegalArgumentException as {@link #of(boolean[], double[])}, for a weight that is
   *     negative, NaN or infinite, and when every weight is 0
   */
  public static ThresholdCurve of(boolean[] truth, double[] scores, double[] weights) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(weights, "weights");
    CurveInput.requireShape(truth.length, scores, weights);
    return CurveSweep.weighted(truth, scores, weights);
  }

  /**
   * The curve of {@code scores} for class {@code positiveClass} against the rest, with {@code
   * truth} as class indices into {@code labels}.
   *
   * @throws IllegalArgumentException as {@link #of(boolean[], double[])}, and for a class index
   *     outside {@code [0, labels.size())}
   */
  public static ThresholdCurve of(
      LabelDictionary labels, int positiveClass, int[] truth, double[] scores) {
    Objects.requireNonNull(truth, "truth");
    CurveInput.requireShape(truth.length, scores, null);
    return CurveSweep.unweighted(CurveInput.positives(labels, positiveClass, truth), scores);
  }

  /**
   * The weighted curve of class {@code positiveClass} against the rest.
   *
   * @throws IllegalArgumentException as {@link #of(LabelDictionary, int, int[], double[])} and
   *     {@link #of(boolean[], double[], double[])}
   */
  public static ThresholdCurve of(LabelDictionary labels, int positiveClass, int[] truth,
      double[] scores, double[] weights) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(weights, "weights");
    CurveInput.requireShape(truth.length, scores, weights);
    return CurveSweep.weighted(
        CurveInput.positives(labels, positiveClass, truth), scores, weights);
  }

  /**
   * This curve with the value of 0/0 set to {@code policy}: recall when there are no positive rows,
   * and precision above every score; see {@link ZeroDivision}.
   */
  public ThresholdCurve withZeroDivision(ZeroDivision policy) {
    Objects.requireNonNull(policy, "policy");
    return new ThresholdCurve(
        thresholds, tps, fps, weighted, rocAuc, averagePrecision, policy);
  }

  /** The value of 0/0 in precision, recall and F1; {@link ZeroDivision#ZERO} unless set. */
  public ZeroDivision zeroDivision() {
    return zeroDivision;
  }

  /** The number of distinct thresholds. */
  public int size() {
    return thresholds.length;
  }

  /** Whether counts are sums of row weights rather than numbers of rows. */
  public boolean weighted() {
    return weighted;
  }

  /** The number (or total weight) of positive rows. */
  public double positives() {
    return tps[tps.length - 1];
  }

  /** The number (or total weight) of negative rows. */
  public double negatives() {
    return fps[fps.length - 1];
  }

  /** The distinct scores, decreasing; never {@code -0.0}. */
  public double[] thresholds() {
    return thresholds.clone();
  }

  /** True positives at each threshold, non-decreasing. */
  public double[] truePositives() {
    return tps.clone();
  }

  /** False positives at each threshold, non-decreasing. */
  public double[] falsePositives() {
    return fps.clone();
  }

  /** Precision TP / (TP + FP) at each threshold. */
  public double[] precision() {
    return series(ThresholdMetric.Rate.PRECISION);
  }

  /** Recall TP / P at each threshold, with the {@link #zeroDivision()} policy when P = 0. */
  public double[] recall() {
    return series(ThresholdMetric.Rate.RECALL);
  }

  /** F1 = 2·TP / (2·TP + FP + FN) at each threshold. */
  public double[] f1() {
    return series(ThresholdMetric.Rate.F1);
  }

  /** True positive rate TP / P at each threshold, all {@code NaN} when P = 0. */
  public double[] truePositiveRate() {
    return series(ThresholdMetric.Rate.TRUE_POSITIVE_RATE);
  }

  /** False positive rate FP / N at each threshold, all {@code NaN} when N = 0. */
  public double[] falsePositiveRate() {
    return series(ThresholdMetric.Rate.FALSE_POSITIVE_RATE);
  }

  /**
   * Net benefit TP·tp + FP·fp + FN·fn + TN·tn at each threshold, in exact decimal arithmetic on
   * the counts (exact integers when unweighted, the double weight sums otherwise).
   *
   * @return an unmodifiable list, one value per threshold
   */
  public List<BigDecimal> netBenefit(BinaryCosts costs) {
    Objects.requireNonNull(costs, "costs");
    NetBenefitSeries series = new NetBenefitSeries(costs, positives(), negatives(), weighted);
    List<BigDecimal> values = new ArrayList<>(thresholds.length);
    for (int i = 0; i < thresholds.length; i++) {
      values.add(series.at(tps[i], fps[i]));
    }
    return Collections.unmodifiableList(values);
  }

  /** The operating point at threshold {@code index} (0 is the highest threshold). */
  public OperatingPoint at(int index) {
    Objects.checkIndex(index, thresholds.length);
    return point(thresholds[index], tps[index], fps[index]);
  }

  /**
   * The operating point of predicting positive every row whose score is ≥ {@code threshold}, for
   * any threshold: above the highest score nothing is predicted positive.
   *
   * @throws IllegalArgumentException if {@code threshold} is NaN
   */
  public OperatingPoint atThreshold(double threshold) {
    if (Double.isNaN(threshold)) {
      throw new IllegalArgumentException("threshold = NaN is not a threshold");
    }
    int index = lastAtLeast(threshold);
    return index < 0 ? point(threshold, 0, 0) : point(threshold, tps[index], fps[index]);
  }

  /**
   * The operating point where {@code metric} is best; among equal values, the highest threshold
   * (the one that predicts fewest rows positive). {@code NaN} values never win; the result is
   * empty only when every value is {@code NaN}.
   *
   * <p>Example: scores {@code 0.9, 0.8, 0.7, 0.6} of rows {@code positive, negative, positive,
   * negative}. F1 is 0.667, 0.5, 0.8 and 0.667, so {@code best(f1())} is the point at 0.7. With
   * {@code costs = BinaryCosts.of("1", "-1", "0", "0")} net benefit is 1, 0, 1 and 0: a tie
   * between 0.9 and 0.7, which goes to 0.9. A metric that cannot be computed, such as {@code
   * falsePositiveRate()} on data without negatives, yields an empty result.
   */
  public Optional<OperatingPoint> best(ThresholdMetric metric) {
    Objects.requireNonNull(metric, "metric");
    int index = metric instanceof ThresholdMetric.NetBenefit netBenefit
        ? BestIndex.ofExact(netBenefit(netBenefit.costs()))
        : BestIndex.of(series((ThresholdMetric.Rate) metric), metric.higherIsBetter());
    return index < 0 ? Optional.empty() : Optional.of(at(index));
  }

  /**
   * The area under the ROC curve by the trapezoid rule, as scikit-learn's {@code roc_auc_score};
   * {@code NaN} when there are no positive or no negative rows (where scikit-learn raises).
   * Unweighted, it is exactly the Mann-Whitney U / (P·N), rounded once.
   */
  public double rocAuc() {
    return rocAuc;
  }

  /**
   * Average precision Σ (R<sub>n</sub> − R<sub>n−1</sub>) P<sub>n</sub> over thresholds in
   * decreasing order, as scikit-learn's {@code average_precision_score}; {@code NaN} when there
   * are no positive rows (where scikit-learn 1.2.1 returns 0).
   */
  public double averagePrecision() {
    return averagePrecision;
  }

  /** Precision, recall and thresholds exactly as scikit-learn 1.2.1's {@code precision_recall_curve}. */
  public PrecisionRecallCurve precisionRecallCurve() {
    return PrecisionRecallCurve.of(thresholds, tps, fps);
  }

  /** FPR, TPR and thresholds as {@code roc_curve(drop_intermediate=False)}; see {@link RocCurve}. */
  public RocCurve rocCurve() {
    return RocCurve.of(thresholds, tps, fps);
  }

  private double[] series(ThresholdMetric.Rate rate) {
    double[] out = new double[thresholds.length];
    for (int i = 0; i < out.length; i++) {
      OperatingPoint point = point(thresholds[i], tps[i], fps[i]);
      out[i] = switch (rate) {
        case PRECISION -> point.precision();
        case RECALL -> point.recall();
        case F1 -> point.f1();
        case TRUE_POSITIVE_RATE -> point.truePositiveRate();
        case FALSE_POSITIVE_RATE -> point.falsePositiveRate();
      };
    }
    return out;
  }

  private OperatingPoint point(double threshold, double tp, double fp) {
    return new OperatingPoint(
        threshold, tp, fp, positives() - tp, negatives() - fp, zeroDivision);
  }

  /** The index of the lowest stored threshold that is still ≥ {@code threshold}, or -1. */
  private int lastAtLeast(double threshold) {
    int lo = 0;
    int hi = thresholds.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (thresholds[mid] >= threshold) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThresholdCurve other
        && weighted == other.weighted
        && zeroDivision == other.zeroDivision
        && Arrays.equals(thresholds, other.thresholds)
        && Arrays.equals(tps, other.tps)
        && Arrays.equals(fps, other.fps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weighted, zeroDivision, Arrays.hashCode(thresholds),
        Arrays.hashCode(tps), Arrays.hashCode(fps));
  }

  @Override
  public String toString() {
    return "ThresholdCurve[" + thresholds.length + " thresholds, positives=" + positives()
        + ", negatives=" + negatives() + (weighted ? ", weighted" : "") + "]";
  }
}
