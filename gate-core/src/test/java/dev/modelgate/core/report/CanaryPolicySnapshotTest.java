package dev.modelgate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.Candidate;
import dev.modelgate.core.Gate;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.Verdict;
import dev.modelgate.core.canary.FailureCounting;
import dev.modelgate.core.canary.InconclusiveAction;
import dev.modelgate.core.canary.Percentile;
import dev.modelgate.core.run.RunFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The policy snapshot of a report carries the canary gate when it is not the default one. */
class CanaryPolicySnapshotTest {

  private static QualityPolicy policy() {
    return QualityPolicy.builder()
        .name("churn")
        .registration(gate -> gate.require(Metrics.F1).greaterThan("0.20"))
        .championChallenger(gate -> gate.compareOn(Metrics.F1))
        .build();
  }

  private static QualityPolicy withCanary() {
    return policy().toBuilder()
        .canary(gate -> gate
            .steps(5, 20, 50)
            .failureLimit(3, FailureCounting.CONSECUTIVE)
            .inconclusiveLimit(2, InconclusiveAction.HOLD)
            .maxLatency(Percentile.P95, Duration.ofMillis(120))
            .kolmogorovSmirnov(0.2, null)
            .chiSquare(0.001))
        .build();
  }

  @Test
  void should_keep_the_hash_of_a_policy_with_the_default_canary_gate() {
    assertThat(PolicySnapshot.of(policy()).canonicalJson()).doesNotContain("canary");
  }

  @Test
  void should_change_the_hash_when_the_canary_gate_changes() {
    assertThat(PolicySnapshot.of(withCanary()).sha256()).isNotEqualTo(PolicySnapshot.of(policy()).sha256());
    assertThat(PolicySnapshot.of(withCanary()).canonicalJson())
        .contains("\"canary\":{\"checks\":{\"chiSquare\":{\"minPValue\":0.001}");
  }

  @Test
  void should_write_the_sequential_tests_only_when_they_are_set() {
    QualityPolicy sequential = withCanary().toBuilder()
        .canary(gate -> gate.errorRateSequential(0.05).latencySequential(Duration.ofMillis(250), 0.01, 0.1))
        .build();

    assertThat(PolicySnapshot.of(withCanary()).canonicalJson()).doesNotContain("Sequential");
    assertThat(PolicySnapshot.of(sequential).canonicalJson())
        .contains("\"errorRateSequential\":{\"alpha\":0.05,\"margin\":0}")
        .contains("\"latencySequential\":{\"alpha\":0.01,\"margin\":0.1,\"sloMillis\":250}");
    assertThat(PolicySnapshot.of(sequential).sha256()).isNotEqualTo(PolicySnapshot.of(withCanary()).sha256());
  }

  @Test
  void should_read_back_a_verdict_whose_policy_has_sequential_tests() {
    QualityPolicy sequential = withCanary().toBuilder()
        .canary(gate -> gate.clearChecks().errorRateSequential(0.05, 0.2).latencySequential(Duration.ofMillis(250), 0.01))
        .build();
    Gate gate = RunFixtures.gate(sequential, RunFixtures.REGISTRY_CLOCK);
    RegistrationVerdict verdict =
        gate.registration(Candidate.of("churn", RunFixtures.evaluation("0", "0.31")));

    Verdict read = Reports.readVerdict(Reports.toJson(verdict));

    assertThat(read.context().policy().canary()).isEqualTo(sequential.canary());
  }

  @Test
  void should_read_back_a_verdict_whose_policy_has_a_canary_gate() {
    Gate gate = RunFixtures.gate(withCanary(), RunFixtures.REGISTRY_CLOCK);
    RegistrationVerdict verdict =
        gate.registration(Candidate.of("churn", RunFixtures.evaluation("0", "0.31")));

    Verdict read = Reports.readVerdict(Reports.toJson(verdict));

    assertThat(read).isEqualTo(verdict);
    assertThat(read.context().policy().canary()).isEqualTo(withCanary().canary());
  }
}
