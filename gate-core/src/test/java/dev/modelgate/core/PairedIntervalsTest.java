package dev.modelgate.core;

import static dev.modelgate.core.PairedSamples.BAD;
import static dev.modelgate.core.PairedSamples.GOOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The intervals a verdict shows from paired evidence: which, by which method, with which values. */
class PairedIntervalsTest {

  /** 200 rows: the champion right on 170 (of them 60 Bad caught), the candidate never predicts Bad. */
  private static final PairedSamples NEVER_BAD = PairedSamples.rows(
      60, BAD, BAD, GOOD, 20, BAD, GOOD, GOOD, 110, GOOD, GOOD, GOOD, 10, GOOD, BAD, GOOD);

  private static PairedIntervals intervals(Metric compareOn, PairedSamples samples) {
    return ConfidenceGateTest.decide(g -> g.compareOn(compareOn), samples).paired();
  }

  @Test
  void should_give_wilson_intervals_for_each_models_proportions() {
    PairedIntervals paired = intervals(Metrics.NET_BENEFIT, NEVER_BAD);

    MetricInterval accuracy = paired.championInterval(Metrics.ACCURACY).orElseThrow();
    assertThat(accuracy.method()).isEqualTo(MetricInterval.Method.WILSON);
    assertThat(accuracy.estimate().toDouble()).isEqualTo(0.85);
    assertThat(accuracy.lower().toDouble()).isCloseTo(0.7939, within(5e-5));
    assertThat(accuracy.upper().toDouble()).isCloseTo(0.8929, within(5e-5));
    assertThat(paired.championInterval(Metrics.ERROR_RATE).orElseThrow().upper().toDouble())
        .isCloseTo(0.2061, within(5e-5));
  }

  @Test
  void should_leave_an_undefined_metric_without_an_interval() {
    PairedIntervals paired = intervals(Metrics.NET_BENEFIT, NEVER_BAD);

    MetricInterval precision = paired.candidateInterval(Metrics.PRECISION).orElseThrow();
    assertThat(precision.defined()).isFalse();
    assertThat(precision.estimate().isDefined()).as("0/0 stays undefined").isFalse();
    assertThat(paired.candidateInterval(Metrics.RECALL).orElseThrow().estimate().toDouble()).isZero();
  }

  @Test
  void should_bootstrap_f1_and_net_benefit_of_each_model_and_their_differences() {
    PairedIntervals paired = intervals(Metrics.NET_BENEFIT, PairedSamples.clearlyBetter());

    assertThat(paired.champion()).extracting(MetricInterval::metric).containsExactly(
        Metrics.ACCURACY, Metrics.ERROR_RATE, Metrics.PRECISION, Metrics.RECALL, Metrics.F1, Metrics.NET_BENEFIT);
    assertThat(paired.candidateInterval(Metrics.F1).orElseThrow().method()).isEqualTo(MetricInterval.Method.PERCENTILE);
    assertThat(paired.differences()).extracting(MetricInterval::metric)
        .containsExactly(Metrics.ACCURACY, Metrics.F1, Metrics.NET_BENEFIT);
    assertThat(paired.improvement()).isEqualTo(paired.difference(Metrics.NET_BENEFIT).orElseThrow());
    assertThat(paired.mcnemar().championOnly()).isEqualTo(7);
    assertThat(paired.mcnemar().candidateOnly()).isEqualTo(32);
    assertThat(paired.mcnemar().pValue()).isLessThan(0.001);
  }

  @Test
  void should_estimate_each_interval_at_the_evaluations_value() {
    QualityPolicy policy = TestEvaluations.comparingPolicy(g -> { });
    PairedSamples samples = PairedSamples.clearlyBetter();
    PairedEvaluation evaluated = Evaluator.forPolicy(policy).evaluatePaired(samples.champion(), samples.candidate());

    PairedIntervals paired = ConfidenceGateTest.decide(policy, evaluated, evaluated.champion("7")).paired();

    for (Metric metric : Confidence.pairedMetrics()) {
      assertThat(paired.candidateInterval(metric).orElseThrow().estimate().toDouble()).as(metric.name())
          .isEqualTo(evaluated.candidate().metric(metric).orElseThrow().toDouble());
      assertThat(paired.championInterval(metric).orElseThrow().estimate().toDouble()).as(metric.name())
          .isEqualTo(evaluated.champion().metric(metric).orElseThrow().toDouble());
    }
  }

  @Test
  void should_add_the_difference_of_the_compared_metric() {
    PairedIntervals paired = intervals(Metrics.RECALL, PairedSamples.clearlyBetter());

    assertThat(paired.differences()).extracting(MetricInterval::metric)
        .containsExactly(Metrics.ACCURACY, Metrics.RECALL, Metrics.F1, Metrics.NET_BENEFIT);
    assertThat(paired.improvement().metric()).isEqualTo(Metrics.RECALL);
  }
}
