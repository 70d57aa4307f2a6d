package dev.modelgate.metrics.curve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NetBenefitCurveProperties {

  @Provide
  Arbitrary<ScoredRows> rows() {
    return ScoredRows.anywhere();
  }

  @Provide
  Arbitrary<BinaryCosts> costs() {
    Arbitrary<BigDecimal> value = Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(2);
    return Combinators.combine(value, value, value, value).as(BinaryCosts::new);
  }

  @Property(seed = ScoredRows.SEED)
  void should_equal_net_benefit_of_the_confusion_matrix_thresholded_at_each_score(
      @ForAll("rows") ScoredRows rows, @ForAll("costs") BinaryCosts costs) {
    ThresholdCurve curve = rows.curve();
    List<BigDecimal> series = curve.netBenefit(costs);
    double[] thresholds = curve.thresholds();

    for (int i = 0; i < thresholds.length; i++) {
      BigDecimal expected = netBenefit(thresholded(rows, thresholds[i]), costs);
      assertThat(series.get(i)).isEqualByComparingTo(expected);
      assertThat(curve.at(i).netBenefit(costs)).isEqualByComparingTo(expected);
    }
  }

  @Property(seed = ScoredRows.SEED)
  void should_equal_net_benefit_of_the_confusion_matrix_at_any_threshold(
      @ForAll("rows") ScoredRows rows, @ForAll("costs") BinaryCosts costs,
      @ForAll("thresholds") double threshold) {
    OperatingPoint point = rows.curve().atThreshold(threshold);

    assertThat(point.netBenefit(costs))
        .isEqualByComparingTo(netBenefit(thresholded(rows, threshold), costs));
    assertThat(point.toConfusionMatrix().toArray())
        .isDeepEqualTo(thresholded(rows, threshold).toArray());
  }

  @Provide
  Arbitrary<Double> thresholds() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-13, 13).map(i -> i / 4.0),
        Arbitraries.doubles().between(-2e6, 2e6));
  }

  @Property(seed = ScoredRows.SEED)
  void should_give_weighted_net_benefit_of_each_operating_point(
      @ForAll("rows") ScoredRows rows, @ForAll("costs") BinaryCosts costs) {
    Assume.that(rows.anyWeight());
    ThresholdCurve curve = ThresholdCurve.of(rows.truth(), rows.scores(), rows.weights());
    List<BigDecimal> series = curve.netBenefit(costs);

    for (int i = 0; i < curve.size(); i++) {
      assertThat(series.get(i)).isEqualTo(curve.at(i).netBenefit(costs));
    }
  }

  private static ConfusionMatrix thresholded(ScoredRows rows, double threshold) {
    int n = rows.rows().size();
    int[] truth = new int[n];
    int[] predicted = new int[n];
    for (int i = 0; i < n; i++) {
      truth[i] = rows.rows().get(i).positive() ? 1 : 0;
      predicted[i] = rows.rows().get(i).score() >= threshold ? 1 : 0;
    }
    return ConfusionMatrix.of(LabelDictionary.indices(2), truth, predicted);
  }

  private static BigDecimal netBenefit(ConfusionMatrix m, BinaryCosts costs) {
    return BigDecimal.valueOf((long) m.count(1, 1)).multiply(costs.tp())
        .add(BigDecimal.valueOf((long) m.count(0, 1)).multiply(costs.fp()))
        .add(BigDecimal.valueOf((long) m.count(1, 0)).multiply(costs.fn()))
        .add(BigDecimal.valueOf((long) m.count(0, 0)).multiply(costs.tn()));
  }
}
