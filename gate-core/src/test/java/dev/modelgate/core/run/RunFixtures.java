package dev.modelgate.core.run;

import dev.modelgate.core.Candidate;
import dev.modelgate.core.Champion;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Gate;
import dev.modelgate.core.GateRun;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RunRequest;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The policies, evaluations, gates and requests that the run and report tests share. */
public final class RunFixtures {

  public static final String MODEL = "credit-risk";
  public static final String TEST_SET = "sha256:" + "a".repeat(64);
  public static final String OTHER_TEST_SET = "sha256:" + "b".repeat(64);
  public static final Instant START = Instant.parse("2025-03-01T12:00:00Z");
  public static final Clock REGISTRY_CLOCK = Clock.fixed(Instant.parse("2025-03-01T11:00:00Z"), ZoneOffset.UTC);
  public static final String LIBRARY_VERSION = "1.2.3-test";
  public static final String SOURCE = "s3://models/credit-risk/2025-03-01";

  private RunFixtures() {}

  /**
   * The credit-risk policy: net_benefit &gt; 40000 and f1 &gt; 0.20 and any of (recall &gt;= 0.50,
   * precision &gt;= 0.60); strictly better on net_benefit by at least 100, f1 may not drop by more than
   * 0.02.
   */
  public static QualityPolicy policy() {
    return QualityPolicy.builder()
        .name(MODEL)
        .costs(BinaryCosts.of("0", "0", "-500", "100"), "Bad", 10_000L)
        .registration(gate -> gate
            .require(Metrics.NET_BENEFIT).greaterThan("40000.00")
            .require(Metrics.F1).greaterThan(0.20)
            .anyOf(any -> any.require(Metrics.RECALL).atLeast(0.50).require(Metrics.PRECISION).atLeast(0.60)))
        .championChallenger(gate -> gate
            .compareOn(Metrics.NET_BENEFIT)
            .minImprovement(100)
            .guard(Metrics.F1).mayNotDropBy(0.02))
        .build();
  }

  /** {@link #policy()} asking for 95% confidence in the net_benefit improvement. */
  public static QualityPolicy confidentPolicy() {
    return policy().toBuilder()
        .championChallenger(gate -> gate
            .compareOn(Metrics.NET_BENEFIT)
            .minImprovement(100)
            .withConfidence(0.95)
            .guard(Metrics.F1).mayNotDropBy(0.02))
        .build();
  }

  /** The emergency variant of {@link #policy()}: registration only needs f1 &gt; 0.10. */
  public static QualityPolicy fastTrackPolicy() {
    return policy().fastTrack("champion leaks PII, INC-4711", "cto@example.com",
        p -> p.registration(gate -> gate.require(Metrics.F1).greaterThan(0.10)));
  }

  /** A candidate evaluation on {@link #TEST_SET}: net benefit, f1, recall, precision, roc_auc undefined. */
  public static Evaluation evaluation(String netBenefit, String f1) {
    return evaluationOn(TEST_SET, netBenefit, f1);
  }

  /** As {@link #evaluation} on {@code testSet}. */
  public static Evaluation evaluationOn(String testSet, String netBenefit, String f1) {
    Map<Metric, MetricValue> metrics = new LinkedHashMap<>();
    metrics.put(Metrics.NET_BENEFIT, value(netBenefit));
    metrics.put(Metrics.F1, value(f1));
    metrics.put(Metrics.RECALL, value("0.55"));
    metrics.put(Metrics.PRECISION, value("0.48"));
    metrics.put(Metrics.ROC_AUC, MetricValue.undefined());
    return new Evaluation(testSet, 200, metrics);
  }

  private static MetricValue value(String decimal) {
    return MetricValue.of(new BigDecimal(decimal));
  }

  /** A gate for {@code policy} with a ticking clock from {@link #START}, pinned library version. */
  public static Gate gate(QualityPolicy policy) {
    return gate(policy, new TickingClock(START));
  }

  /** A gate for {@code policy} reading {@code clock}. */
  public static Gate gate(QualityPolicy policy, Clock clock) {
    return Gate.builder().policy(policy).clock(clock).libraryVersion(LIBRARY_VERSION).build();
  }

  /** A run of {@link #policy()} on {@code registry}, actor {@code ci}. */
  public static GateRun run(ModelRegistry registry) {
    return run(policy(), registry);
  }

  /** A run of {@code policy} on {@code registry}, actor {@code ci}. */
  public static GateRun run(QualityPolicy policy, ModelRegistry registry) {
    return GateRun.builder().gate(gate(policy)).registry(registry).actor("ci").build();
  }

  /** A request for a candidate with {@code evaluation}, from {@link #SOURCE}, run id {@code train-7}. */
  public static RunRequest request(Evaluation evaluation) {
    return request(evaluation, null);
  }

  /** As {@link #request(Evaluation)}, with the caller's {@code champion} when not null. */
  public static RunRequest request(Evaluation evaluation, @Nullable Champion champion) {
    RunRequest.Builder builder =
        RunRequest.builder()
            .candidate(Candidate.of(MODEL, evaluation))
            .source(SOURCE)
            .runId("train-7")
            .description("weekly retrain")
            .tag("team", "risk");
    if (champion != null) {
      builder.champion(champion);
    }
    return builder.build();
  }

  /** Runs a first model with net benefit {@code netBenefit} and f1 0.30, which becomes version 1 and champion. */
  public static GateRunReport seedChampion(ModelRegistry registry, String netBenefit) {
    return run(registry).run(request(evaluation(netBenefit, "0.30")));
  }
}
