package dev.modelgate.core;

import dev.modelgate.metrics.cost.BinaryCosts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Evaluations, policies and gates that the gate tests share. */
final class TestEvaluations {

  static final String TEST_SET = "sha256:" + "a".repeat(64);
  static final String OTHER_TEST_SET = "sha256:" + "b".repeat(64);
  static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final BinaryCosts CREDIT_COSTS = BinaryCosts.of("0", "0", "-500", "100");

  private TestEvaluations() {}

  /** An evaluation on {@link #TEST_SET} with {@code metricsAndValues}: metric, value, metric, value, … */
  static Evaluation evaluation(Object... metricsAndValues) {
    return evaluationOn(TEST_SET, metricsAndValues);
  }

  /** An evaluation on {@code testSet}; values are MetricValue, BigDecimal, String (decimal) or Double. */
  static Evaluation evaluationOn(String testSet, Object... metricsAndValues) {
    Map<Metric, MetricValue> metrics = new LinkedHashMap<>();
    for (int i = 0; i < metricsAndValues.length; i += 2) {
      metrics.put((Metric) metricsAndValues[i], value(metricsAndValues[i + 1]));
    }
    return new Evaluation(testSet, 1000, metrics);
  }

  private static MetricValue value(Object value) {
    if (value instanceof MetricValue v) {
      return v;
    }
    if (value instanceof BigDecimal d) {
      return MetricValue.of(d);
    }
    if (value instanceof String s) {
      return MetricValue.of(new BigDecimal(s));
    }
    return MetricValue.of((Double) value);
  }

  /** The credit-risk policy of the design sketch: net_benefit &gt; 40000 and f1 &gt; 0.20, compare on net_benefit. */
  static QualityPolicy creditPolicy() {
    return QualityPolicy.builder()
        .name("credit-risk")
        .costs(CREDIT_COSTS, "Bad")
        .registration(gate -> gate
            .require(Metrics.NET_BENEFIT).greaterThan(40_000)
            .require(Metrics.F1).greaterThan(0.20))
        .build();
  }

  /**
   * An evaluation on {@link #TEST_SET} with accuracy 0.9, which {@link #comparingPolicy} registers,
   * and {@code metricsAndValues}.
   */
  static Evaluation registrable(Object... metricsAndValues) {
    return registrableOn(TEST_SET, metricsAndValues);
  }

  /** An evaluation on {@code testSet} with accuracy 0.9 and {@code metricsAndValues}. */
  static Evaluation registrableOn(String testSet, Object... metricsAndValues) {
    Object[] all = new Object[metricsAndValues.length + 2];
    all[0] = Metrics.ACCURACY;
    all[1] = 0.9;
    System.arraycopy(metricsAndValues, 0, all, 2, metricsAndValues.length);
    return evaluationOn(testSet, all);
  }

  /**
   * A policy with the given champion–challenger gate and a registration (accuracy &gt;= 0) that
   * {@link #registrable} passes.
   */
  static QualityPolicy comparingPolicy(Consumer<ChampionChallengerGateBuilder> gate) {
    return QualityPolicy.builder()
        .name("credit-risk")
        .costs(CREDIT_COSTS, "Bad")
        .registration(r -> r.require(Metrics.ACCURACY).atLeast(0))
        .championChallenger(gate)
        .build();
  }

  /** Layers 1 and 2 of {@code policy} for a candidate against a champion at version 7 (null: no champion). */
  static ChampionChallengerVerdict compare(
      QualityPolicy policy, Evaluation candidate, @Nullable Evaluation champion) {
    Gate gate = gate(policy);
    RegistrationVerdict registration = gate.registration(Candidate.of("credit-risk", candidate));
    return gate.championChallenger(registration, champion == null ? null : Champion.of("7", champion));
  }

  static Gate gate(QualityPolicy policy) {
    return Gate.builder().policy(policy).clock(CLOCK).libraryVersion("1.2.3-test").build();
  }
}
