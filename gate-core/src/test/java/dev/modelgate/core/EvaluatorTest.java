package dev.modelgate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.ZeroDivision;
import dev.modelgate.metrics.cost.BinaryCosts;
import dev.modelgate.metrics.testset.Fingerprint;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  // TP 2 (rows 1, 2), FP 1 (row 5), FN 1 (row 3), TN 2 (rows 4, 6); positive = Bad
  private static final String[] IDS = {"1", "2", "3", "4", "5", "6"};
  private static final String[] TRUTH = {"Bad", "Bad", "Bad", "Good", "Good", "Good"};
  private static final String[] PREDICTED = {"Bad", "Bad", "Good", "Good", "Bad", "Good"};
  private static final CostModel GERMAN = new CostModel(BinaryCosts.of("0", "0", "-500", "100"), "Bad", null);

  @Test
  void should_compute_binary_metrics_of_the_positive_label() {
    Evaluation e = Evaluator.binary("Bad").evaluate(Predictions.of(IDS, TRUTH, PREDICTED));

    assertThat(e.rows()).isEqualTo(6);
    assertThat(value(e, Metrics.PRECISION)).isEqualTo(2.0 / 3);
    assertThat(value(e, Metrics.RECALL)).isEqualTo(2.0 / 3);
    assertThat(value(e, Metrics.F1)).isEqualTo(2.0 / 3);
    assertThat(value(e, Metrics.ACCURACY)).isEqualTo(4.0 / 6);
    assertThat(e.metric(Metrics.NET_BENEFIT)).isEmpty();
    assertThat(e.testSetFingerprint()).isEqualTo(Fingerprint.of(IDS, TRUTH).toString());
  }

  @Test
  void should_compute_exact_net_benefit_from_the_cost_model() {
    Evaluation e = Evaluator.withCosts(GERMAN).evaluate(Predictions.of(IDS, TRUTH, PREDICTED));

    // 100 × TN(2) − 500 × FN(1)
    assertThat(e.metric(Metrics.NET_BENEFIT).orElseThrow().value()).isEqualByComparingTo("-300");
  }

  @Test
  void should_scale_net_benefit_to_the_production_volume() {
    CostModel perTenThousand = new CostModel(GERMAN.costs(), "Bad", 10_000L);

    Evaluation e = Evaluator.withCosts(perTenThousand).evaluate(Predictions.of(IDS, TRUTH, PREDICTED));

    // −300 × 10,000 / 6 rows
    assertThat(e.metric(Metrics.NET_BENEFIT).orElseThrow().value()).isEqualByComparingTo("-500000.00");
  }

  @Test
  void should_leave_undefined_ratios_undefined_so_that_gates_fail_closed() {
    String[] neverBad = {"Good", "Good", "Good", "Good", "Good", "Good"};

    Evaluation e = Evaluator.binary("Bad").evaluate(Predictions.of(IDS, TRUTH, neverBad));

    assertThat(e.metric(Metrics.PRECISION).orElseThrow().isDefined()).isFalse();
    assertThat(value(e, Metrics.RECALL)).isZero();
  }

  @Test
  void should_follow_scikit_learn_zero_division_when_asked() {
    String[] neverBad = {"Good", "Good", "Good", "Good", "Good", "Good"};

    Evaluation e =
        Evaluator.binary("Bad").withZeroDivision(ZeroDivision.ZERO)
            .evaluate(Predictions.of(IDS, TRUTH, neverBad));

    assertThat(value(e, Metrics.PRECISION)).isZero();
  }

  @Test
  void should_evaluate_a_positive_label_that_never_occurs() {
    String[] good = {"Good", "Good", "Good", "Good", "Good", "Good"};

    Evaluation e = Evaluator.withCosts(GERMAN).evaluate(Predictions.of(IDS, good, good));

    assertThat(e.metric(Metrics.F1).orElseThrow().isDefined()).isFalse();
    assertThat(e.metric(Metrics.NET_BENEFIT).orElseThrow().value()).isEqualByComparingTo(BigDecimal.valueOf(600));
  }

  @Test
  void should_compute_roc_auc_and_average_precision_from_scores() {
    // positives (Bad) score 0.9, 0.8, 0.3; negatives 0.4, 0.7, 0.1: 7 of 9 pairs ordered
    double[] scores = {0.9, 0.8, 0.3, 0.4, 0.7, 0.1};

    Evaluation e = Evaluator.binary("Bad").evaluate(Predictions.of(IDS, TRUTH, PREDICTED).withScores(scores));

    assertThat(value(e, Metrics.ROC_AUC)).isEqualTo(7.0 / 9);
    // precision at each recall step: 1/1, 2/2, 3/5 → AP = (1 + 1 + 0.6) / 3
    assertThat(value(e, Metrics.AVERAGE_PRECISION)).isCloseTo(2.6 / 3, org.assertj.core.data.Offset.offset(1e-15));
  }

  @Test
  void should_refuse_a_policy_without_costs() {
    QualityPolicy policy =
        QualityPolicy.builder()
            .name("f1-only")
            .registration(gate -> gate.require(Metrics.F1).greaterThan(0.2))
            .championChallenger(gate -> gate.compareOn(Metrics.F1))
            .build();

    assertThatThrownBy(() -> Evaluator.forPolicy(policy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policy f1-only declares no costs: use Evaluator.binary(positiveLabel)");
  }

  @Test
  void should_refuse_predictions_of_different_lengths() {
    assertThatThrownBy(() -> Predictions.of(IDS, TRUTH, new String[] {"Bad"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowIds has 6 rows but predicted has 1");
  }

  @Test
  void should_refuse_a_score_that_is_not_finite() {
    Predictions p = Predictions.of(IDS, TRUTH, PREDICTED);
    double[] scores = {0.1, 0.2, Double.NaN, 0.4, 0.5, 0.6};

    assertThatThrownBy(() -> p.withScores(scores))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scores[2] = NaN is not a finite number");
  }

  private static double value(Evaluation e, Metric metric) {
    return e.metric(metric).orElseThrow().toDouble();
  }
}
