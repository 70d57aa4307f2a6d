package dev.modelgate.core.policy;

import dev.modelgate.core.canary.CanaryChecks;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.ChiSquareBound;
import dev.modelgate.core.canary.ErrorRateComparison;
import dev.modelgate.core.canary.FailureCounting;
import dev.modelgate.core.canary.InconclusiveAction;
import dev.modelgate.core.canary.KsBound;
import dev.modelgate.core.canary.LatencyBound;
import dev.modelgate.core.canary.Percentile;
import dev.modelgate.core.canary.PsiBound;
import dev.modelgate.core.canary.SequentialErrorRate;
import dev.modelgate.core.canary.SequentialLatency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Canary gates of every shape for the policy round-trip properties, the default one among them. */
final class CanaryArbitraries {

  private CanaryArbitraries() {}

  static Arbitrary<CanaryGate> gates() {
    Arbitrary<List<Integer>> steps = Arbitraries.integers().between(1, 99).set().ofMinSize(1).ofMaxSize(4)
        .map(set -> set.stream().sorted().toList());
    Arbitrary<CanaryGate> written = Combinators.combine(
            steps, Arbitraries.longs().between(1, 86_400), Arbitraries.integers().between(1, 20),
            Arbitraries.integers().between(1, 5), Arbitraries.of(FailureCounting.class),
            Arbitraries.longs().between(1, 1_000_000), Arbitraries.integers().between(1, 10),
            Arbitraries.of(InconclusiveAction.class))
        .as((s, interval, windows, failures, counting, min, inconclusive, action) ->
            new CanaryGate(s, interval, windows, failures, counting, min, inconclusive, action, CanaryChecks.defaults()));
    Arbitrary<CanaryGate> withChecks = Combinators.combine(written, checks())
        .as((gate, checks) -> gate.toBuilder().checks(checks).build());
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(CanaryGate.defaults())),
        Tuple.of(2, written),
        Tuple.of(4, withChecks));
  }

  /** Exact decimals in (0, 1) with up to six digits, such as 0.010 or 0.25. */
  private static Arbitrary<BigDecimal> probabilities() {
    return Combinators.combine(Arbitraries.integers().between(1, 999), Arbitraries.integers().between(3, 6))
        .as((digits, scale) -> BigDecimal.valueOf(digits, scale));
  }

  private static Arbitrary<BigDecimal> positives() {
    return Combinators.combine(Arbitraries.longs().between(1, 10_000_000), Arbitraries.integers().between(-2, 4))
        .as(BigDecimal::valueOf);
  }

  private static Arbitrary<CanaryChecks> checks() {
    Arbitrary<ErrorRateComparison> comparisons =
        Combinators.combine(positives().injectNull(0.2), probabilities())
            .as((margin, significance) -> new ErrorRateComparison(margin == null ? BigDecimal.ZERO : margin, significance));
    Arbitrary<List<LatencyBound>> latency = Combinators.combine(positives().injectNull(0.4), positives().injectNull(0.4))
        .filter((millis, ratio) -> millis != null || ratio != null)
        .as((millis, ratio) -> new Object[] {millis, ratio})
        .list().ofMaxSize(3)
        .map(bounds -> {
          List<LatencyBound> list = new ArrayList<>();
          for (int i = 0; i < bounds.size(); i++) {
            list.add(new LatencyBound(Percentile.values()[i], (BigDecimal) bounds.get(i)[0], (BigDecimal) bounds.get(i)[1]));
          }
          return list;
        });
    Arbitrary<PsiBound> psi = Combinators.combine(probabilities(), probabilities())
        .as((a, b) -> new PsiBound(a.max(b), a.min(b)));
    Arbitrary<KsBound> ks = Combinators.combine(probabilities().injectNull(0.3), probabilities().injectNull(0.3))
        .filter((d, p) -> d != null || p != null)
        .as(KsBound::new);
    Arbitrary<SequentialErrorRate> errors = Combinators.combine(probabilities(), positives().injectNull(0.5))
        .as((alpha, margin) -> new SequentialErrorRate(alpha, margin == null ? BigDecimal.ZERO : margin));
    Arbitrary<SequentialLatency> slow = Combinators.combine(positives(), probabilities(), positives().injectNull(0.5))
        .as((slo, alpha, margin) -> new SequentialLatency(slo, alpha, margin == null ? BigDecimal.ZERO : margin));
    return Combinators.combine(probabilities().injectNull(0.4), comparisons.injectNull(0.4), latency,
            psi.injectNull(0.5), ks.injectNull(0.6), probabilities().map(ChiSquareBound::new).injectNull(0.6),
            errors.injectNull(0.6), slow.injectNull(0.6))
        .filter((max, vs, lat, p, k, chi, e, l) -> max != null || vs != null || !lat.isEmpty() || p != null
            || k != null || chi != null || e != null || l != null)
        .as(CanaryChecks::new);
  }
}
