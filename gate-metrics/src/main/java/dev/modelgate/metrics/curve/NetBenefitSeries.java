package dev.modelgate.metrics.curve;

import dev.modelgate.metrics.ZeroDivision;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.math.BigDecimal;

/**
 * Net benefit at each threshold of one curve under one cost matrix, in exact decimal arithmetic.
 *
 * <p>Unweighted counts are integers, so net benefit is computed as the exactly equal
 * P·fn + N·tn + TP·(tp − fn) + FP·(fp − tn): two products per threshold instead of four. Weighted
 * counts go through {@link OperatingPoint#netBenefit(BinaryCosts)} on the same doubles as {@link
 * ThresholdCurve#at(int)}, so the series and the points agree to the last digit. Immutable and
 * thread-safe.
 */
final class NetBenefitSeries {

  private final BinaryCosts costs;
  private final double positives;
  private final double negatives;
  private final boolean weighted;
  private final BigDecimal base;
  private final BigDecimal perTruePositive;
  private final BigDecimal perFalsePositive;

  NetBenefitSeries(BinaryCosts costs, double positives, double negatives, boolean weighted) {
    this.costs = costs;
    this.positives = positives;
    this.negatives = negatives;
    this.weighted = weighted;
    this.base = new BigDecimal(positives).multiply(costs.fn())
        .add(new BigDecimal(negatives).multiply(costs.tn()));
    this.perTruePositive = costs.tp().subtract(costs.fn());
    this.perFalsePositive = costs.fp().subtract(costs.tn());
  }

  /** The net benefit of {@code tp} true and {@code fp} false positives. */
  BigDecimal at(double tp, double fp) {
    if (weighted) {
      return new OperatingPoint(Double.NaN, tp, fp, positives - tp, negatives - fp,
          ZeroDivision.ZERO).netBenefit(costs);
    }
    return base.add(BigDecimal.valueOf((long) tp).multiply(perTruePositive))
        .add(BigDecimal.valueOf((long) fp).multiply(perFalsePositive));
  }
}
