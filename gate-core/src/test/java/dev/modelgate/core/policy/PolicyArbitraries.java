package dev.modelgate.core.policy;

import dev.modelgate.core.AnyOf;
import dev.modelgate.core.ChampionChallengerGate;
import dev.modelgate.core.Comparison;
import dev.modelgate.core.Confidence;
import dev.modelgate.core.CostModel;
import dev.modelgate.core.FastTrack;
import dev.modelgate.core.FirstModelRule;
import dev.modelgate.core.Guard;
import dev.modelgate.core.Metric;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RegistrationGate;
import dev.modelgate.core.Threshold;
import dev.modelgate.metrics.cost.BinaryCosts;
import dev.modelgate.metrics.paired.IntervalMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Policies of every shape for the round-trip properties: texts YAML would misread if written
 * plain, decimals of every scale (negative ones too), custom metrics named like YAML keywords.
 */
final class PolicyArbitraries {

  private static final List<Metric> METRICS = Stream.concat(
          Metrics.all().stream(),
          Stream.of(Metric.higherIsBetter("uplift"), Metric.lowerIsBetter("latency.p99"),
              Metric.higherIsBetter("y"), Metric.lowerIsBetter("no"), Metric.higherIsBetter("null"),
              Metric.lowerIsBetter("on"), Metric.higherIsBetter("a1_b.c")))
      .toList();

  private static final CostModel CREDIT = new CostModel(BinaryCosts.of("0", "0", "-500", "100"), "Bad", null);

  private PolicyArbitraries() {}

  static Arbitrary<QualityPolicy> policies() {
    return Combinators.combine(texts(), costs().injectNull(0.3), registrations(), championChallengers(),
            CanaryArbitraries.gates(), fastTracks().injectNull(0.6))
        .as((name, costs, registration, gate, canary, fastTrack) ->
            new QualityPolicy(name, costs != null || !usesNetBenefit(registration, gate) ? costs : CREDIT,
                registration, gate, canary, fastTrack));
  }

  /** Non-blank texts, many of which must be quoted to read back as the same string. */
  static Arbitrary<String> texts() {
    Arbitrary<String> tricky = Arbitraries.of("No", "yes", "ON", "null", "~", "1", "0.20", "-500", "1e3", ".inf",
        "a: b", "- x", "#tag", "x #y", "[x]", "{x}", "a, b", "it's", "\"q\"", "back\\slash", " lead", "trail ",
        "two\nlines", "tab\there", "\u0001ctl", "Kreditw\u00fcrdigkeit", "\u65e5\u672c", "emoji \ud83d\ude00",
        "line\u2028sep", "nel\u0085", "@home", "%x", "*a", "&a", "!t", "|", ">", "?", "?x", ":", "x:", "y", "True");
    Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '.', ' ')
        .ofMinLength(1).ofMaxLength(16);
    Arbitrary<String> anything = Arbitraries.strings().withCharRange('\u0000', '\uD7FF')
        .withCharRange('\uE000', '\uFFFD').ofMinLength(1).ofMaxLength(12);
    return Arbitraries.oneOf(tricky, words, anything).filter(text -> !text.isBlank());
  }

  static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L).edgeCases(c -> c.add(0L)),
            Arbitraries.integers().between(-3, 8))
        .as(BigDecimal::valueOf);
  }

  private static Arbitrary<CostModel> costs() {
    return Combinators.combine(decimals(), decimals(), decimals(), decimals(), texts(),
            Arbitraries.longs().between(1, Long.MAX_VALUE).injectNull(0.4))
        .as((tp, fp, fn, tn, label, perRows) -> new CostModel(new BinaryCosts(tp, fp, fn, tn), label, perRows));
  }

  private static Arbitrary<Threshold> thresholds() {
    return Combinators.combine(Arbitraries.of(METRICS), Arbitraries.of(Comparison.class), decimals())
        .as(Threshold::new);
  }

  private static Arbitrary<RegistrationGate> registrations() {
    Arbitrary<List<AnyOf>> groups = thresholds().list().ofMinSize(1).ofMaxSize(3).map(AnyOf::new).list().ofMaxSize(3);
    return Combinators.combine(thresholds().list().ofMaxSize(4), groups)
        .filter((checks, anyOf) -> !checks.isEmpty() || !anyOf.isEmpty())
        .as(RegistrationGate::new);
  }

  private static Arbitrary<ChampionChallengerGate> championChallengers() {
    Arbitrary<BigDecimal> nonNegative = decimals().map(BigDecimal::abs);
    Arbitrary<List<Guard>> guards = Combinators.combine(Arbitraries.of(METRICS), nonNegative).as(Guard::new)
        .list().ofMaxSize(3).uniqueElements(Guard::metric);
    return Combinators.combine(Arbitraries.of(METRICS), nonNegative.injectNull(0.5), nonNegative.injectNull(0.5),
            guards, Arbitraries.of(FirstModelRule.class), confidences().injectNull(0.5))
        .as((compareOn, min, relative, guardList, firstModel, confidence) -> {
          List<Guard> kept = new ArrayList<>(guardList);
          kept.removeIf(guard -> guard.metric().equals(compareOn));
          Confidence required = Confidence.pairedMetrics().contains(compareOn) ? confidence : null;
          return new ChampionChallengerGate(compareOn, min, relative, kept, firstModel, required);
        });
  }

  /** Levels as people write them, with the default bootstrap half of the time. */
  private static Arbitrary<Confidence> confidences() {
    Arbitrary<BigDecimal> levels = Arbitraries.of("0.8", "0.90", "0.95", "0.975", "0.99", "0.999").map(BigDecimal::new);
    Arbitrary<Confidence> custom = Combinators.combine(
            levels, Arbitraries.integers().between(1, Confidence.MAX_RESAMPLES), Arbitraries.longs(),
            Arbitraries.of(IntervalMethod.PERCENTILE, IntervalMethod.BCA))
        .as(Confidence::new);
    return Arbitraries.oneOf(levels.map(Confidence::of), custom);
  }

  private static Arbitrary<FastTrack> fastTracks() {
    return Combinators.combine(texts(), texts()).as(FastTrack::new);
  }

  private static boolean usesNetBenefit(RegistrationGate registration, ChampionChallengerGate gate) {
    return Stream.concat(
            Stream.concat(registration.checks().stream(), registration.anyOf().stream().flatMap(g -> g.checks().stream()))
                .map(Threshold::metric),
            Stream.concat(Stream.of(gate.compareOn()), gate.guards().stream().map(Guard::metric)))
        .anyMatch(Metrics.NET_BENEFIT::equals);
  }
}
