package dev.modelgate.core.report;

import static dev.modelgate.core.run.RunFixtures.MODEL;
import static dev.modelgate.core.run.RunFixtures.TEST_SET;
import static dev.modelgate.core.run.RunFixtures.evaluation;
import static dev.modelgate.core.run.RunFixtures.gate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.Candidate;
import dev.modelgate.core.Champion;
import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Evaluator;
import dev.modelgate.core.PairedSamples;
import dev.modelgate.core.FirstModelRule;
import dev.modelgate.core.Gate;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.PipelineVerdict;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.Verdict;
import dev.modelgate.core.run.RunFixtures;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictRoundTripTest {

  private static final Metric LATENCY = Metric.lowerIsBetter("latency_p99.ms");

  /** A policy without costs, on a lower-is-better metric that is not well-known, with every option. */
  private static QualityPolicy latencyPolicy() {
    return QualityPolicy.builder()
        .name("latency")
        .registration(gate -> gate
            .require(LATENCY).lessThan("250.0")
            .require(Metrics.ROC_AUC).atLeast(0.7)
            .anyOf(any -> any.require(Metrics.F1).greaterThan(0.5).require(Metrics.RECALL).atMost(0.99)))
        .championChallenger(gate -> gate
            .compareOn(LATENCY)
            .minImprovement(new BigDecimal("1.5"))
            .minRelativeImprovement(0.10)
            .guard(Metrics.F1).mayNotDropBy(0)
            .firstModel(FirstModelRule.HOLD))
        .build();
  }

  private static Evaluation latencyEvaluation(String latency, MetricValue f1) {
    return new Evaluation(TEST_SET, 5000, Map.of(LATENCY, MetricValue.of(new BigDecimal(latency)), Metrics.F1, f1));
  }

  private static <V extends Verdict> V roundTrip(V verdict) {
    @SuppressWarnings("unchecked")
    V read = (V) Reports.readVerdict(Reports.toJson(verdict));
    return read;
  }

  @Test
  void should_read_back_a_registration_verdict_with_missing_and_undefined_metrics() {
    Gate gate = gate(latencyPolicy());
    RegistrationVerdict verdict =
        gate.registration(Candidate.of(MODEL, latencyEvaluation("240.0", MetricValue.undefined())));

    assertThat(verdict.checks()).anyMatch(c -> c.observed() == null);
    assertThat(roundTrip(verdict)).isEqualTo(verdict);
  }

  @Test
  void should_read_back_a_registration_verdict_with_the_candidates_intervals() {
    QualityPolicy policy = RunFixtures.policy();
    Candidate candidate =
        Evaluator.forPolicy(policy).evaluateWithEvidence(PairedSamples.clearlyBetter().candidate()).candidate(MODEL);
    RegistrationVerdict verdict = gate(policy).registration(candidate);

    assertThat(verdict.intervals()).isNotNull();
    assertThat(Reports.toJson(verdict)).contains("\"intervals\": {");
    assertThat(roundTrip(verdict)).isEqualTo(verdict);
  }

  @Test
  void should_read_back_a_champion_challenger_verdict_on_a_lower_is_better_metric() {
    Gate gate = gate(latencyPolicy());
    Evaluation candidate = latencyEvaluation("200.0", MetricValue.of(0.61));
    RegistrationVerdict registration = gate.registration(Candidate.of(MODEL, candidate));
    ChampionChallengerVerdict verdict =
        gate.championChallenger(registration, Champion.of("3", latencyEvaluation("210.25", MetricValue.of(0.6))));

    assertThat(verdict.checks()).hasSize(4);
    assertThat(roundTrip(verdict)).isEqualTo(verdict);
  }

  @Test
  void should_read_back_a_first_model_held_by_rule() {
    Gate gate = gate(latencyPolicy());
    RegistrationVerdict registration =
        gate.registration(Candidate.of(MODEL, latencyEvaluation("200.0", MetricValue.of(0.61))));
    ChampionChallengerVerdict verdict = gate.championChallenger(registration, null);

    assertThat(verdict.champion()).isNull();
    assertThat(roundTrip(verdict)).isEqualTo(verdict);
  }

  @Test
  void should_read_back_a_pipeline_verdict_of_a_fast_track() {
    Gate gate = gate(RunFixtures.fastTrackPolicy());
    RegistrationVerdict registration = gate.registration(Candidate.of(MODEL, evaluation("46000.00", "0.31")));
    PipelineVerdict verdict =
        gate.pipeline(gate.championChallenger(registration, Champion.of("1", evaluation("45000.00", "0.30"))))
            .verdict();

    assertThat(verdict.context().hasFastTrack()).isTrue();
    assertThat(roundTrip(verdict)).isEqualTo(verdict);
  }

  @Test
  void should_keep_a_policy_equal_through_its_snapshot() {
    Gate gate = gate(latencyPolicy());
    RegistrationVerdict verdict =
        gate.registration(Candidate.of(MODEL, latencyEvaluation("240.0", MetricValue.of(0.7))));

    assertThat(roundTrip(verdict).context().policy()).isEqualTo(latencyPolicy());
  }
}
