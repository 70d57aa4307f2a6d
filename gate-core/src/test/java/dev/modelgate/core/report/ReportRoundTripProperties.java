package dev.modelgate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.AnyOf;
import dev.modelgate.core.Candidate;
import dev.modelgate.core.Champion;
import dev.modelgate.core.ChampionChallengerGate;
import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.Comparison;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.FastTrack;
import dev.modelgate.core.FirstModelRule;
import dev.modelgate.core.Gate;
import dev.modelgate.core.Guard;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.PipelineVerdict;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RegistrationGate;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.Threshold;
import dev.modelgate.core.run.RunFixtures;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Any verdict of any policy on any evaluations reads back from its report to an equal value. */
class ReportRoundTripProperties {

  private static final List<Metric> POOL =
      List.of(Metrics.F1, Metrics.RECALL, Metrics.ERROR_RATE, Metric.higherIsBetter("uplift"),
          Metric.lowerIsBetter("latency.ms"));

  @Property(tries = 200, seed = "42")
  void every_verdict_of_a_run_of_the_layers_reads_back_equal(
      @ForAll("policies") QualityPolicy policy,
      @ForAll("evaluations") Evaluation candidate,
      @ForAll("champions") Optional<Evaluation> champion) {
    Gate gate = RunFixtures.gate(policy);
    RegistrationVerdict registration = gate.registration(Candidate.of("m", candidate));
    ChampionChallengerVerdict comparison =
        gate.championChallenger(registration, champion.map(e -> Champion.of("1", e)).orElse(null));
    PipelineVerdict pipeline = gate.pipeline(comparison).verdict();

    assertThat(Reports.readVerdict(Reports.toJson(registration))).isEqualTo(registration);
    assertThat(Reports.readVerdict(Reports.toJson(comparison))).isEqualTo(comparison);
    assertThat(Reports.readVerdict(Reports.toJson(pipeline))).isEqualTo(pipeline);
  }

  @Provide
  Arbitrary<Optional<Evaluation>> champions() {
    return evaluations().optional(0.8);
  }

  @Provide
  Arbitrary<Evaluation> evaluations() {
    Arbitrary<Optional<MetricValue>> value =
        Arbitraries.frequencyOf(
            Tuple.of(8, decimals().map(MetricValue::of).map(Optional::of)),
            Tuple.of(1, Arbitraries.just(Optional.of(MetricValue.undefined()))),
            Tuple.of(1, Arbitraries.just(Optional.<MetricValue>empty())));
    return value.list().ofSize(POOL.size()).map(values -> {
      Map<Metric, MetricValue> metrics = new LinkedHashMap<>();
      for (int i = 0; i < POOL.size(); i++) {
        MetricValue v = values.get(i).orElse(null);
        if (v != null) {
          metrics.put(POOL.get(i), v);
        }
      }
      return new Evaluation(RunFixtures.TEST_SET, 1000, metrics);
    });
  }

  @Provide
  Arbitrary<QualityPolicy> policies() {
    Arbitrary<Threshold> threshold =
        Combinators.combine(Arbitraries.of(POOL), Arbitraries.of(Comparison.class), decimals()).as(Threshold::new);
    Arbitrary<RegistrationGate> registration =
        Combinators.combine(threshold.list().ofMinSize(1).ofMaxSize(3), threshold.list().ofMinSize(1).ofMaxSize(2)
                .map(AnyOf::new).list().ofMaxSize(1))
            .as(RegistrationGate::new);
    Arbitrary<ChampionChallengerGate> championChallenger =
        Combinators.combine(
                Arbitraries.integers().between(0, POOL.size() - 1),
                nonNegative().optional(0.5),
                nonNegative().optional(0.5),
                Arbitraries.subsetOf(POOL),
                nonNegative(),
                Arbitraries.of(FirstModelRule.class))
            .as((compared, min, relative, guarded, maxDrop, rule) -> {
              Metric compareOn = POOL.get(compared);
              List<Guard> guards = new ArrayList<>();
              POOL.stream().filter(guarded::contains).filter(m -> !m.equals(compareOn))
                  .forEach(m -> guards.add(new Guard(m, maxDrop)));
              return new ChampionChallengerGate(compareOn, min.orElse(null), relative.orElse(null), guards, rule);
            });
    Arbitrary<Optional<FastTrack>> fastTrack =
        Arbitraries.just(new FastTrack("incident \"7\"", "cto@example.com")).optional(0.3);
    return Combinators.combine(registration, championChallenger, fastTrack)
        .as((r, c, f) -> new QualityPolicy("p", null, r, c, f.orElse(null)));
  }

  private static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
            Arbitraries.bigIntegers().between(BigInteger.valueOf(-1_000_000_000L), BigInteger.valueOf(1_000_000_000L)),
            Arbitraries.integers().between(0, 6))
        .as(BigDecimal::new);
  }

  private static Arbitrary<BigDecimal> nonNegative() {
    return decimals().map(BigDecimal::abs);
  }
}
