package dev.modelgate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.Confidence;
import dev.modelgate.core.Evaluator;
import dev.modelgate.core.Gate;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.PairedEvaluation;
import dev.modelgate.core.PairedSamples;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.run.RunFixtures;
import dev.modelgate.metrics.cost.BinaryCosts;
import dev.modelgate.metrics.paired.IntervalMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any champion–challenger verdict with paired intervals reads back from its report to an equal value. */
class PairedReportRoundTripProperties {

  @Property(tries = 60, seed = "42")
  void every_verdict_with_paired_intervals_reads_back_equal(
      @ForAll("policies") QualityPolicy policy, @ForAll("tables") PairedSamples samples) {
    PairedEvaluation paired = Evaluator.forPolicy(policy).evaluatePaired(samples.champion(), samples.candidate());
    Gate gate = RunFixtures.gate(policy);
    RegistrationVerdict registration = gate.registration(paired.candidate("m"));

    ChampionChallengerVerdict verdict = gate.championChallenger(registration, paired.champion("1"));

    assertThat(verdict.paired()).isNotNull();
    assertThat(Reports.readVerdict(Reports.toJson(verdict))).isEqualTo(verdict);
    assertThat(Reports.readVerdict(Reports.toJson(verdict)).context().policy()).isEqualTo(policy);
  }

  @Provide
  Arbitrary<QualityPolicy> policies() {
    Arbitrary<Confidence> confidences = Combinators.combine(
            Arbitraries.of("0.8", "0.95", "0.975").map(BigDecimal::new),
            Arbitraries.integers().between(1, 300),
            Arbitraries.longs(),
            Arbitraries.of(IntervalMethod.PERCENTILE, IntervalMethod.BCA))
        .as(Confidence::new);
    return Combinators.combine(Arbitraries.of(Confidence.pairedMetrics()), confidences.injectNull(0.3))
        .as((compareOn, confidence) -> QualityPolicy.builder()
            .name("paired")
            .costs(BinaryCosts.of("0", "-10", "-500", "100"), PairedSamples.BAD, 1_000L)
            .registration(r -> r.require(Metrics.ACCURACY).atLeast(0))
            .championChallenger(g -> {
              g.compareOn(compareOn);
              if (confidence != null) {
                g.withConfidence(confidence);
              }
            })
            .build());
  }

  @Provide
  Arbitrary<PairedSamples> tables() {
    return Arbitraries.integers().between(0, 12).list().ofSize(8).map(counts -> {
      String[] labels = {PairedSamples.BAD, PairedSamples.GOOD};
      List<Object> cells = new ArrayList<>(List.of(1, labels[0], labels[0], labels[0], 1, labels[1], labels[1], labels[1]));
      for (int cell = 0; cell < 8; cell++) {
        cells.addAll(List.of(counts.get(cell), labels[cell >> 2], labels[(cell >> 1) & 1], labels[cell & 1]));
      }
      return PairedSamples.rows(cells.toArray());
    });
  }
}
