package dev.modelgate.metrics.curve;

import dev.modelgate.metrics.ZeroDivision;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.metrics.cost.BinaryCosts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BestThresholdTest {

  // the Javadoc example of ThresholdCurve#best
  private final ThresholdCurve curve = ThresholdCurve.of(
      new boolean[] {true, false, true, false}, new double[] {0.9, 0.8, 0.7, 0.6});

  @Test
  void should_pick_the_threshold_of_highest_f1() {
    assertThat(curve.f1()).containsExactly(2.0 / 3, 0.5, 0.8, 2.0 / 3);

    assertThat(curve.best(ThresholdMetric.f1()).orElseThrow().threshold()).isEqualTo(0.7);
  }

  @Test
  void should_give_a_tie_in_net_benefit_to_the_highest_threshold() {
    BinaryCosts costs = BinaryCosts.of("1", "-1", "0", "0");
    assertThat(curve.netBenefit(costs)).extracting(BigDecimal::intValueExact)
        .containsExactly(1, 0, 1, 0);

    OperatingPoint best = curve.best(ThresholdMetric.netBenefit(costs)).orElseThrow();

    assertThat(best.threshold()).isEqualTo(0.9);
    assertThat(best.netBenefit(costs)).isEqualByComparingTo("1");
  }

  @Test
  void should_compare_net_benefit_exactly_where_doubles_would_tie() {
    // in doubles 1 + 1e-20 == 1, so both thresholds would tie and the higher one would win
    ThresholdCurve oneEach = ThresholdCurve.of(new boolean[] {true, false}, new double[] {0.9, 0.8});
    BinaryCosts costs = BinaryCosts.of("1", "0.00000000000000000001", "0", "0");

    OperatingPoint best = oneEach.best(ThresholdMetric.netBenefit(costs)).orElseThrow();

    assertThat(best.threshold()).isEqualTo(0.8);
    assertThat(best.netBenefit(costs)).isEqualByComparingTo("1.00000000000000000001");
  }

  @Test
  void should_give_full_recall_at_the_highest_threshold_that_reaches_it() {
    assertThat(curve.best(ThresholdMetric.recall()).orElseThrow().threshold()).isEqualTo(0.7);
    assertThat(curve.best(ThresholdMetric.truePositiveRate()).orElseThrow().threshold())
        .isEqualTo(0.7);
  }

  @Test
  void should_minimise_the_false_positive_rate() {
    OperatingPoint best = curve.best(ThresholdMetric.falsePositiveRate()).orElseThrow();

    assertThat(best.threshold()).isEqualTo(0.9);
    assertThat(best.falsePositiveRate()).isZero();
  }

  @Test
  void should_pick_the_highest_precision_and_keep_the_highest_threshold_among_equals() {
    assertThat(curve.precision()).containsExactly(1.0, 0.5, 2.0 / 3, 0.5);

    assertThat(curve.best(ThresholdMetric.precision()).orElseThrow().threshold()).isEqualTo(0.9);
  }

  @Test
  void should_find_no_best_when_the_metric_is_undefined_everywhere() {
    ThresholdCurve onlyPositives = ThresholdCurve.of(new boolean[] {true, true}, new double[] {1, 2});

    assertThat(onlyPositives.best(ThresholdMetric.falsePositiveRate())).isEmpty();
    assertThat(onlyPositives.best(ThresholdMetric.f1())).isPresent();
  }

  @Test
  void should_never_pick_an_undefined_recall() {
    ThresholdCurve onlyNegatives = ThresholdCurve.of(new boolean[] {false, false}, new double[] {1, 2})
        .withZeroDivision(ZeroDivision.NAN);

    assertThat(onlyNegatives.best(ThresholdMetric.recall())).isEmpty();
  }
}
