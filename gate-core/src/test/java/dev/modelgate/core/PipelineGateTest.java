package dev.modelgate.core;

import static dev.modelgate.core.TestEvaluations.CLOCK;
import static dev.modelgate.core.TestEvaluations.comparingPolicy;
import static dev.modelgate.core.TestEvaluations.registrable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.modelgate.core.spi.DecisionPublisher;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class PipelineGateTest {

  private final QualityPolicy policy = comparingPolicy(gate -> {});

  private PipelineResult run(Gate gate, String candidate, String champion) {
    RegistrationVerdict registration =
        gate.registration(Candidate.of("credit-risk", registrable(Metrics.NET_BENEFIT, candidate)));
    ChampionChallengerVerdict comparison =
        gate.championChallenger(registration, Champion.of("7", registrable(Metrics.NET_BENEFIT, champion)));
    return gate.pipeline(comparison);
  }

  private Gate gateWith(DecisionPublisher... publishers) {
    GateBuilder builder = Gate.builder().policy(policy).clock(CLOCK);
    for (DecisionPublisher publisher : publishers) {
      builder.publisher(publisher);
    }
    return builder.build();
  }

  private static DecisionPublisher publisher(String name) {
    DecisionPublisher publisher = mock(DecisionPublisher.class);
    when(publisher.name()).thenReturn(name);
    return publisher;
  }

  @Test
  void should_deploy_when_layer_two_promotes() {
    PipelineResult result = run(gateWith(), "1200", "1000");

    assertThat(result.verdict().decision()).isEqualTo(DeployDecision.DEPLOY);
    assertThat(result.verdict().championChallenger()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(result.verdict().reasons())
        .containsExactly(
            "champion-challenger decided PROMOTE, so the deploy jobs run",
            "candidate net_benefit 1200 is better than champion 1000");
    assertThat(result.effectiveDecision()).isEqualTo(DeployDecision.DEPLOY);
  }

  @Test
  void should_skip_successfully_when_layer_two_holds() {
    PipelineResult result = run(gateWith(), "1000", "1000");

    assertThat(result.verdict().decision()).isEqualTo(DeployDecision.SKIP);
    assertThat(result.verdict().deploys()).isFalse();
    assertThat(result.published()).isTrue();
    assertThat(result.verdict().reasons())
        .containsExactly(
            "champion-challenger decided HOLD, so the deploy jobs are skipped and the champion keeps serving",
            "candidate net_benefit 1000 only ties champion 1000: ties go to the champion");
  }

  @Test
  void should_hand_the_final_verdict_to_every_publisher_in_order() throws IOException {
    DecisionPublisher first = publisher("github-actions");
    DecisionPublisher second = publisher("kubeflow");

    PipelineResult result = run(gateWith(first, second), "1200", "1000");

    ArgumentCaptor<PipelineVerdict> published = ArgumentCaptor.forClass(PipelineVerdict.class);
    InOrder order = inOrder(first, second);
    order.verify(first).publish(published.capture());
    order.verify(second).publish(result.verdict());
    assertThat(published.getValue()).isEqualTo(result.verdict());
    assertThat(result.failures()).isEmpty();
  }

  @Test
  void should_report_a_publisher_failure_and_keep_skip() throws IOException {
    DecisionPublisher failing = publisher("github-actions");
    doThrow(new IOException("disk full")).when(failing).publish(any());
    DecisionPublisher next = publisher("kubeflow");

    PipelineResult result = run(gateWith(failing, next), "900", "1000");

    assertThat(result.verdict().decision()).isEqualTo(DeployDecision.SKIP);
    assertThat(result.effectiveDecision()).isEqualTo(DeployDecision.SKIP);
    assertThat(result.failures())
        .containsExactly(
            new PublisherFailure(
                "github-actions",
                "publisher github-actions failed to publish SKIP (IOException: disk full); the decision stays SKIP"));
    verify(next).publish(result.verdict());
  }

  @Test
  void should_fail_safe_to_skip_when_a_deploy_could_not_be_published() throws IOException {
    DecisionPublisher failing = publisher("kubeflow");
    doThrow(new IllegalStateException("no output directory")).when(failing).publish(any());

    PipelineResult result = run(gateWith(failing), "1200", "1000");

    assertThat(result.verdict().decision()).isEqualTo(DeployDecision.DEPLOY);
    assertThat(result.published()).isFalse();
    assertThat(result.effectiveDecision()).isEqualTo(DeployDecision.SKIP);
    assertThat(result.failures())
        .extracting(PublisherFailure::reason)
        .containsExactly(
            "publisher kubeflow failed to publish DEPLOY (IllegalStateException: no output directory);"
                + " fail safe: nothing deploys");
  }

  @Test
  void should_refuse_a_layer_two_verdict_of_another_policy() {
    Gate gate = gateWith();
    QualityPolicy other = comparingPolicy(g -> g.compareOn(Metrics.F1));
    Gate otherGate = Gate.of(other, CLOCK);
    RegistrationVerdict registration =
        otherGate.registration(Candidate.of("credit-risk", registrable(Metrics.F1, 0.9)));
    ChampionChallengerVerdict comparison = otherGate.championChallenger(registration, null);

    assertThatThrownBy(() -> gate.pipeline(comparison))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the champion-challenger verdict was decided under another policy than this gate's (credit-risk)");
  }
}
