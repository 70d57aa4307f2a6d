package dev.modelgate.core;

import static dev.modelgate.core.PairedSamples.BAD;
import static dev.modelgate.core.PairedSamples.GOOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The intervals a registration verdict shows for a candidate that carries its own evidence. */
class ModelIntervalsTest {

  /** 200 rows, 170 right: 60 Bad caught, 20 Bad missed, 110 Good cleared, 10 Good flagged. */
  private static final Predictions RIGHT_ON_170 = PairedSamples.rows(
      60, BAD, BAD, BAD, 20, BAD, GOOD, GOOD, 110, GOOD, GOOD, GOOD, 10, GOOD, BAD, BAD).candidate();

  private static final QualityPolicy POLICY = TestEvaluations.creditPolicy();

  private static RegistrationVerdict register(Predictions predictions) {
    SingleEvaluation evaluated = Evaluator.forPolicy(POLICY).evaluateWithEvidence(predictions);
    return TestEvaluations.gate(POLICY).registration(evaluated.candidate("credit-risk"));
  }

  @Test
  void should_give_wilson_intervals_for_the_candidates_proportions() {
    ModelIntervals intervals = register(RIGHT_ON_170).intervals();

    MetricInterval accuracy = intervals.interval(Metrics.ACCURACY).orElseThrow();
    assertThat(accuracy.method()).isEqualTo(MetricInterval.Method.WILSON);
    assertThat(accuracy.estimate().toDouble()).isEqualTo(0.85);
    assertThat(accuracy.lower().toDouble()).isCloseTo(0.7939, within(5e-5));
    assertThat(accuracy.upper().toDouble()).isCloseTo(0.8929, within(5e-5));
    assertThat(intervals.interval(Metrics.ERROR_RATE).orElseThrow().upper().toDouble()).isCloseTo(0.2061, within(5e-5));
    assertThat(intervals.rows()).isEqualTo(200);
    assertThat(intervals.settings()).isEqualTo(Confidence.reported());
  }

  @Test
  void should_bootstrap_f1_and_net_benefit_and_estimate_them_at_the_evaluations_values() {
    SingleEvaluation evaluated = Evaluator.forPolicy(POLICY).evaluateWithEvidence(RIGHT_ON_170);
    ModelIntervals intervals = TestEvaluations.gate(POLICY).registration(evaluated.candidate("credit-risk")).intervals();

    assertThat(intervals.intervals()).extracting(MetricInterval::metric).containsExactly(
        Metrics.ACCURACY, Metrics.ERROR_RATE, Metrics.PRECISION, Metrics.RECALL, Metrics.F1, Metrics.NET_BENEFIT);
    assertThat(intervals.interval(Metrics.F1).orElseThrow().method()).isEqualTo(MetricInterval.Method.PERCENTILE);
    for (MetricInterval interval : intervals.intervals()) {
      assertThat(interval.estimate().toDouble()).as(interval.metric().name())
          .isEqualTo(evaluated.evaluation().metric(interval.metric()).orElseThrow().toDouble());
      assertThat(interval.lower().toDouble()).as(interval.metric().name()).isLessThan(interval.estimate().toDouble());
      assertThat(interval.upper().toDouble()).as(interval.metric().name()).isGreaterThan(interval.estimate().toDouble());
    }
  }

  @Test
  void should_give_the_same_intervals_on_every_run_with_seed_42() {
    ModelIntervals first = register(RIGHT_ON_170).intervals();
    ModelIntervals second = register(RIGHT_ON_170).intervals();

    assertThat(first.settings().seed()).isEqualTo(42);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void should_match_the_wilson_intervals_a_paired_verdict_shows_for_the_same_candidate() {
    PairedSamples samples = PairedSamples.clearlyBetter();
    QualityPolicy policy = TestEvaluations.comparingPolicy(g -> { });
    PairedEvaluation paired = Evaluator.forPolicy(policy).evaluatePaired(samples.champion(), samples.candidate());
    PairedIntervals shown = ConfidenceGateTest.decide(policy, paired, paired.champion("7")).paired();

    ModelIntervals single = TestEvaluations.gate(policy)
        .registration(Evaluator.forPolicy(policy).evaluateWithEvidence(samples.candidate()).candidate("credit-risk"))
        .intervals();

    for (Metric metric : java.util.List.of(Metrics.ACCURACY, Metrics.ERROR_RATE, Metrics.PRECISION, Metrics.RECALL)) {
      assertThat(single.interval(metric)).as(metric.name()).isEqualTo(shown.candidateInterval(metric));
    }
  }

  @Test
  void should_show_the_intervals_as_the_last_reason_for_information() {
    RegistrationVerdict verdict = register(RIGHT_ON_170);

    assertThat(verdict.reasons()).last().isEqualTo(
        "for information, not required by the policy: the candidate's 95% intervals on 200 rows are"
            + " accuracy [0.7939, 0.8929], error_rate [0.1071, 0.2061], precision [0.7566, 0.9206],"
            + " recall [0.6451, 0.8320] (Wilson); f1 [0.7234, 0.8632], net_benefit [-4100.00, 5500.00]"
            + " (percentile, 10000 resamples, seed 42)");
  }

  @Test
  void should_say_undefined_for_an_interval_of_a_class_never_predicted() {
    Predictions neverBad = PairedSamples.rows(80, BAD, GOOD, GOOD, 120, GOOD, GOOD, GOOD).candidate();

    RegistrationVerdict verdict = register(neverBad);

    assertThat(verdict.intervals().interval(Metrics.PRECISION).orElseThrow().defined()).isFalse();
    assertThat(verdict.reasons()).last().asString().contains("precision undefined (NaN)");
  }

  @Test
  void should_show_no_intervals_for_a_candidate_without_evidence() {
    Evaluation evaluation = Evaluator.forPolicy(POLICY).evaluate(RIGHT_ON_170);

    RegistrationVerdict verdict = TestEvaluations.gate(POLICY).registration(Candidate.of("credit-risk", evaluation));

    assertThat(verdict.intervals()).isNull();
    assertThat(verdict.reasons()).noneMatch(r -> r.startsWith("for information"));
    assertThat(verdict.decision()).isEqualTo(register(RIGHT_ON_170).decision());
  }

  @Test
  void should_keep_the_evidence_when_the_candidate_gets_its_version() {
    Candidate candidate = Evaluator.forPolicy(POLICY).evaluateWithEvidence(RIGHT_ON_170).candidate("credit-risk");

    assertThat(candidate.withVersion("3").evidence()).isEqualTo(candidate.evidence());
  }

  @Test
  void should_refuse_the_evidence_of_two_models_as_a_candidates() {
    PairedSamples samples = PairedSamples.clearlyBetter();
    PairedEvaluation paired = Evaluator.forPolicy(POLICY).evaluatePaired(samples.champion(), samples.candidate());
    Candidate candidate = Candidate.of("credit-risk", paired.candidate());

    assertThatThrownBy(() -> candidate.withEvidence(paired.evidence()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the evidence of a single model must have its predictions on both sides of the joint table,"
            + " but 39 rows have two different predictions");
  }

  @Test
  void should_refuse_weighted_predictions() {
    double[] weights = new double[200];
    java.util.Arrays.fill(weights, 1.0);

    assertThatThrownBy(() -> Evaluator.forPolicy(POLICY).evaluateWithEvidence(RIGHT_ON_170.withWeights(weights)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the model's predictions have weights: paired evidence counts rows, so evaluate"
            + " weighted predictions one by one with evaluate");
  }
}
