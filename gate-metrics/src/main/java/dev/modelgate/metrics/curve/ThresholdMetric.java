package dev.modelgate.metrics.curve;

import dev.modelgate.metrics.ZeroDivision;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.util.Objects;

/**
 * A per-threshold metric that {@link ThresholdCurve#best(ThresholdMetric)} optimises: one of the
 * curve's rate series, or net benefit under a cost matrix.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface ThresholdMetric permits ThresholdMetric.Rate, ThresholdMetric.NetBenefit {

  /** F1 = 2·TP / (2·TP + FP + FN); higher is better. */
  static ThresholdMetric f1() {
    return Rate.F1;
  }

  /** Precision = TP / (TP + FP); higher is better. */
  static ThresholdMetric precision() {
    return Rate.PRECISION;
  }

  /** Recall = TP / (TP + FN), with the curve's {@link ZeroDivision} policy; higher is better. */
  static ThresholdMetric recall() {
    return Rate.RECALL;
  }

  /** True positive rate = TP / (TP + FN), {@code NaN} without positives; higher is better. */
  static ThresholdMetric truePositiveRate() {
    return Rate.TRUE_POSITIVE_RATE;
  }

  /** False positive rate = FP / (FP + TN), {@code NaN} without negatives; lower is better. */
  static ThresholdMetric falsePositiveRate() {
    return Rate.FALSE_POSITIVE_RATE;
  }

  /** Net benefit Σ count × value under {@code costs}, compared exactly; higher is better. */
  static ThresholdMetric netBenefit(BinaryCosts costs) {
    return new NetBenefit(costs);
  }

  /** Whether a higher value of this metric is better. */
  boolean higherIsBetter();

  /** The curve's rate series, each a double per threshold. */
  enum Rate implements ThresholdMetric {
    /** See {@link ThresholdMetric#precision()}. */
    PRECISION(true),
    /** See {@link ThresholdMetric#recall()}. */
    RECALL(true),
    /** See {@link ThresholdMetric#f1()}. */
    F1(true),
    /** See {@link ThresholdMetric#truePositiveRate()}. */
    TRUE_POSITIVE_RATE(true),
    /** See {@link ThresholdMetric#falsePositiveRate()}. */
    FALSE_POSITIVE_RATE(false);

    private final boolean higherIsBetter;

    Rate(boolean higherIsBetter) {
      this.higherIsBetter = higherIsBetter;
    }

    @Override
    public boolean higherIsBetter() {
      return higherIsBetter;
    }
  }

  /**
   * Net benefit under a cost matrix, in exact decimals.
   *
   * @param costs the value of each outcome
   */
  record NetBenefit(BinaryCosts costs) implements ThresholdMetric {

    /** Checks that the costs are given. */
    public NetBenefit {
      Objects.requireNonNull(costs, "costs");
    }

    @Override
    public boolean higherIsBetter() {
      return true;
    }
  }
}
