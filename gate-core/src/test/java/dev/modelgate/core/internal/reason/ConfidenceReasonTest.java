package dev.modelgate.core.internal.reason;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.Confidence;
import dev.modelgate.core.MetricInterval;
import dev.modelgate.core.Metrics;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each reason of the confidence check, by its exact text. */
class ConfidenceReasonTest {

  private static final Confidence NINETY_FIVE = Confidence.of(0.95);

  private static MetricInterval money(double lower, double upper) {
    return MetricInterval.of(Metrics.NET_BENEFIT, MetricInterval.Method.PERCENTILE, (lower + upper) / 2, lower, upper);
  }

  @Test
  void should_say_a_better_candidate_is_not_confident_when_the_interval_includes_zero() {
    assertThat(ConfidenceReason.judged(Metrics.NET_BENEFIT, new BigDecimal("900.00"), money(-1200, 3000),
            NINETY_FIVE, BigDecimal.ZERO, "0", false))
        .isEqualTo("candidate net_benefit is better by 900.00, but the 95% interval [-1200.00, 3000.00] includes 0:"
            + " not confident");
  }

  @Test
  void should_say_a_candidate_is_confident_when_the_interval_lies_above_zero() {
    assertThat(ConfidenceReason.judged(Metrics.NET_BENEFIT, new BigDecimal("900.00"), money(120, 1800),
            NINETY_FIVE, BigDecimal.ZERO, "0", true))
        .isEqualTo("candidate net_benefit is better by 900.00, and the 95% interval [120.00, 1800.00] lies above 0:"
            + " confident");
  }

  @Test
  void should_say_a_worse_candidate_lies_below_zero() {
    assertThat(ConfidenceReason.judged(Metrics.NET_BENEFIT, new BigDecimal("-900.00"), money(-1800, -120),
            NINETY_FIVE, BigDecimal.ZERO, "0", false))
        .isEqualTo("candidate net_benefit is worse by 900.00, and the 95% interval [-1800.00, -120.00] lies below 0:"
            + " not confident");
  }

  @Test
  void should_say_a_tie_is_not_confident() {
    assertThat(ConfidenceReason.judged(Metrics.NET_BENEFIT, new BigDecimal("0.00"), money(0, 0),
            NINETY_FIVE, BigDecimal.ZERO, "0", false))
        .isEqualTo("candidate net_benefit ties the champion, and the 95% interval [0.00, 0.00] includes 0:"
            + " not confident");
  }

  @Test
  void should_name_the_required_improvement_when_there_is_one() {
    assertThat(ConfidenceReason.judged(Metrics.NET_BENEFIT, new BigDecimal("900.00"), money(300, 1500),
            NINETY_FIVE, new BigDecimal("500"), "500", false))
        .isEqualTo("candidate net_benefit is better by 900.00, but the 95% interval [300.00, 1500.00] does not lie"
            + " above the required improvement 500: not confident");
    assertThat(ConfidenceReason.judged(Metrics.NET_BENEFIT, new BigDecimal("900.00"), money(600, 1500),
            NINETY_FIVE, new BigDecimal("500"), "500", true))
        .isEqualTo("candidate net_benefit is better by 900.00, and the 95% interval [600.00, 1500.00] lies above the"
            + " required improvement 500: confident");
  }

  @Test
  void should_round_the_bounds_outwards_with_four_decimals_for_ratios() {
    MetricInterval f1 = MetricInterval.of(Metrics.F1, MetricInterval.Method.BCA, 0.02, 0.000049, 0.03120001);

    assertThat(ConfidenceReason.judged(Metrics.F1, new BigDecimal("0.02"), f1, Confidence.of(0.975),
            BigDecimal.ZERO, "0", true))
        .isEqualTo("candidate f1 is better by 0.02, and the 97.5% interval [0.0000, 0.0313] lies above 0: confident");
  }

  @Test
  void should_say_why_a_policy_asking_for_confidence_cannot_decide_without_evidence() {
    assertThat(ConfidenceReason.noEvidence(NINETY_FIVE))
        .isEqualTo("the policy asks for 95% confidence, which needs paired evidence (both models scored on the same"
            + " rows, from Evaluator.evaluatePaired), but none was given: not confident");
  }

  @Test
  void should_say_when_the_evidence_has_no_interval_of_the_metric() {
    assertThat(ConfidenceReason.noInterval(Metrics.NET_BENEFIT, NINETY_FIVE))
        .isEqualTo("the policy asks for 95% confidence in net_benefit, but the paired evidence has no net_benefit"
            + " (it was evaluated without costs): not confident");
  }

  @Test
  void should_say_an_undefined_interval_cannot_pass() {
    assertThat(ConfidenceReason.undefined(Metrics.F1, NINETY_FIVE))
        .isEqualTo("the 95% interval of the f1 improvement is undefined (NaN), so it cannot pass");
  }

  @Test
  void should_show_the_interval_for_information_when_the_policy_asks_for_none() {
    assertThat(ConfidenceReason.information(money(-1200, 3000), Confidence.reported()))
        .isEqualTo("for information, not required by the policy: the 95% interval of the net_benefit improvement is"
            + " [-1200.00, 3000.00] (percentile, 10000 resamples, seed 42)");
    MetricInterval undefined = MetricInterval.of(
        Metrics.F1, MetricInterval.Method.BCA, Double.NaN, Double.NaN, Double.NaN);
    assertThat(ConfidenceReason.information(undefined, Confidence.reported().withResamples(500).withSeed(7)))
        .isEqualTo("for information, not required by the policy: the 95% interval of the f1 improvement is"
            + " undefined (NaN) (BCa, 500 resamples, seed 7)");
  }

  @Test
  void should_name_the_side_of_paired_evidence_that_does_not_fit() {
    assertThat(PairedReason.otherRows("champion", 200, 1000))
        .isEqualTo("the paired evidence has 200 rows, but the champion's evaluation has 1000");
    assertThat(PairedReason.otherPredictions("candidate", 0.81, "0.79"))
        .isEqualTo("the paired evidence is not of these evaluations: the candidate's accuracy is 0.81 in the"
            + " evidence but 0.79 in its evaluation (are champion and candidate swapped?)");
  }
}
