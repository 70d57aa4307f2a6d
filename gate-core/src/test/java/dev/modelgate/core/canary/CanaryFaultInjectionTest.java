package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.TrafficException;
import dev.modelgate.core.spi.TrafficRouter;
import dev.modelgate.core.spi.TrafficSplit;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.mockito.stubbing.Stubber;

/** Faults at the SPIs: a router that throws or never confirms, a metrics source that times out or throws. */
class CanaryFaultInjectionTest {

  private final TestClock clock = new TestClock();
  private final List<Instant> waits = new ArrayList<>();
  private final TrafficRouter router = mock(TrafficRouter.class);
  private final ScriptedMetrics healthy = ScriptedMetrics.of();
  private final CanaryRetry retry =
      new CanaryRetry(3, Duration.ofSeconds(2), 4, Duration.ofSeconds(1), Duration.ofSeconds(3));

  private CanaryAnalysisBuilder analysis(CanaryMetrics metrics) {
    when(router.name()).thenReturn("mock");
    return CanaryAnalysis.builder()
        .gate(ScriptedMetrics.gate().build())
        .model("credit-risk", "2", "1")
        .router(router)
        .metrics(metrics)
        .clock(clock)
        .retry(retry)
        .waiter(instant -> {
          waits.add(instant);
          clock.waiter().waitUntil(instant);
        });
  }

  private void splitFollowsRequests() {
    int[] share = {0};
    setsShare(share, 0).when(router).rollback();
    setsShare(share, 100).when(router).promoteCanary();
    doAnswer(call -> {
      share[0] = call.getArgument(0);
      return null;
    }).when(router).setCanaryShare(anyInt());
    when(router.observedSplit()).thenAnswer(call -> new TrafficSplit(share[0], true));
  }

  private static Stubber setsShare(int[] share, int value) {
    return doAnswer(call -> {
      share[0] = value;
      return null;
    });
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void should_roll_back_when_the_router_refuses_the_first_share() {
    splitFollowsRequests();
    doThrow(new TrafficException("admission webhook denied the patch")).when(router).setCanaryShare(20);

    CanaryVerdict verdict = analysis(healthy).build().run();

    assertThat(verdict.state()).isEqualTo(CanaryState.ROLLED_BACK);
    assertThat(verdict.reasons()).containsExactly(
        "the router failed to set the canary's share to 20%: TrafficException: admission webhook denied the patch");
    assertThat(verdict.transitions()).extracting(CanaryTransition::from).containsExactly(CanaryState.PENDING);
    assertThat(verdict.windows()).isEmpty();
    assertThat(healthy.asked).isEmpty();
    verify(router).rollback();
    verify(router, never()).promoteCanary();
  }

  @Test
  void should_roll_back_when_the_router_never_confirms_the_share() {
    splitFollowsRequests();
    when(router.observedSplit()).thenReturn(new TrafficSplit(20, false), new TrafficSplit(20, false),
        new TrafficSplit(20, false), new TrafficSplit(0, true));

    CanaryVerdict verdict = analysis(healthy).build().run();

    assertThat(verdict.state()).isEqualTo(CanaryState.ROLLED_BACK);
    assertThat(verdict.reasons()).containsExactly(
        "the router did not confirm 20% canary traffic after 3 reads (last seen 20%, not ready)");
    assertThat(verdict.actions()).extracting(RouterAction::status)
        .containsExactly(RouterAction.Status.UNCONFIRMED, RouterAction.Status.CONFIRMED);
    assertThat(waits).containsExactly(TestClock.START.plusSeconds(2), TestClock.START.plusSeconds(4));
  }

  @Test
  void should_retry_a_failing_rollback_with_backoff_and_report_it_loudly_when_it_never_works() {
    splitFollowsRequests();
    doThrow(new TrafficException("connection refused")).when(router).rollback();

    CanaryVerdict verdict = analysis(ScriptedMetrics.of(WindowOutcome.FAIL, WindowOutcome.FAIL)).build().run();

    verify(router, times(4)).rollback();
    assertThat(verdict.state()).isEqualTo(CanaryState.ROLLBACK_FAILED);
    assertThat(verdict.decision()).isEqualTo(CanaryDecision.ROLLBACK);
    assertThat(verdict.rollbackFailed()).isTrue();
    assertThat(verdict.summary()).isEqualTo("rollback FAILED");
    assertThat(verdict.reasons()).containsExactly("2 failed windows reached the failure limit of 2 (cumulative);"
        + " rollback failed after 4 attempts (TrafficException: connection refused): the canary may still"
        + " receive traffic");
    Instant failedAt = TestClock.START.plus(Duration.ofMinutes(2));
    assertThat(waits.subList(waits.size() - 3, waits.size())).containsExactly(
        failedAt.plusSeconds(1), failedAt.plusSeconds(3), failedAt.plusSeconds(6));
  }

  @Test
  void should_succeed_when_a_retried_rollback_works_the_second_time() {
    splitFollowsRequests();
    doThrow(new TrafficException("timeout")).doNothing().when(router).rollback();
    when(router.observedSplit()).thenReturn(new TrafficSplit(20, true), new TrafficSplit(0, true));

    CanaryVerdict verdict = analysis(ScriptedMetrics.of(WindowOutcome.FAIL, WindowOutcome.FAIL)).build().run();

    assertThat(verdict.state()).isEqualTo(CanaryState.ROLLED_BACK);
    assertThat(verdict.actions().get(1))
        .extracting(RouterAction::kind, RouterAction::status, RouterAction::attempts)
        .containsExactly(RouterAction.Kind.ROLLBACK, RouterAction.Status.CONFIRMED, 2);
  }

  @Test
  void should_treat_a_metrics_timeout_as_inconclusive_and_roll_back_at_the_limit() {
    splitFollowsRequests();
    CanaryMetrics metrics = mock(CanaryMetrics.class);
    when(metrics.name()).thenReturn("slow");
    when(metrics.observe(any(Window.class))).thenAnswer(call ->
        new WindowObservation.Missing(call.getArgument(0), MissingKind.TIMEOUT, "query timed out after 10s"));

    CanaryVerdict verdict = analysis(metrics).build().run();

    assertThat(verdict.windows()).extracting(WindowResult::outcome).containsOnly(WindowOutcome.INCONCLUSIVE);
    assertThat(verdict.windows()).hasSize(3).allSatisfy(w -> assertThat(w.missing()).isEqualTo(MissingKind.TIMEOUT));
    assertThat(verdict.state()).isEqualTo(CanaryState.ROLLED_BACK);
    verify(router, never()).promoteCanary();
  }

  @Test
  void should_treat_a_metrics_source_that_throws_as_a_source_error() {
    splitFollowsRequests();
    CanaryMetrics metrics = mock(CanaryMetrics.class);
    when(metrics.name()).thenReturn("broken");
    when(metrics.observe(any(Window.class))).thenThrow(new IllegalStateException("connection reset"));

    CanaryVerdict verdict = analysis(metrics).build().run();

    assertThat(verdict.windows().get(0).missing()).isEqualTo(MissingKind.SOURCE_ERROR);
    assertThat(verdict.windows().get(0).reasons())
        .containsExactly("the metrics source failed: IllegalStateException: connection reset");
    assertThat(verdict.decision()).isEqualTo(CanaryDecision.ROLLBACK);
  }

  @Test
  void should_not_judge_an_answer_for_another_window_or_no_answer_at_all() {
    splitFollowsRequests();
    CanaryMetrics stuck = mock(CanaryMetrics.class);
    when(stuck.name()).thenReturn("stuck");
    when(stuck.observe(any(Window.class)))
        .thenReturn(new WindowObservation.Observed(Windows.FIRST, Windows.healthy(), Windows.healthy()));
    CanaryMetrics silent = mock(CanaryMetrics.class);
    when(silent.name()).thenReturn("silent");

    CanaryVerdict answersWindowOne = analysis(stuck).build().run();
    CanaryVerdict answersNothing = analysis(silent).build().run();

    assertThat(answersWindowOne.windows()).extracting(WindowResult::outcome)
        .containsExactly(WindowOutcome.PASS, WindowOutcome.INCONCLUSIVE, WindowOutcome.INCONCLUSIVE,
            WindowOutcome.INCONCLUSIVE);
    assertThat(answersWindowOne.windows().get(1).reasons()).containsExactly(
        "the metrics source failed: the source answered for another window: 1 [2025-03-01T10:00:00Z,"
            + " 2025-03-01T10:01:00Z)");
    assertThat(answersNothing.windows().get(0).reasons())
        .containsExactly("the metrics source failed: the source returned nothing");
    assertThat(answersNothing.decision()).isEqualTo(CanaryDecision.ROLLBACK);
  }

  @Test
  void should_roll_back_when_the_router_fails_to_promote() {
    splitFollowsRequests();
    doThrow(new TrafficException("quota exceeded")).when(router).promoteCanary();

    CanaryVerdict verdict = analysis(healthy).build().run();

    assertThat(verdict.state()).isEqualTo(CanaryState.ROLLED_BACK);
    assertThat(verdict.reasons())
        .containsExactly("the router failed to promote the canary: TrafficException: quota exceeded");
    InOrder order = inOrder(router);
    order.verify(router).promoteCanary();
    order.verify(router).rollback();
  }

  @Test
  void should_roll_the_traffic_back_when_the_champion_moved_since_the_run_started() {
    splitFollowsRequests();
    ModelRegistry registry = mock(ModelRegistry.class);
    when(registry.setAlias(anyString(), anyString(), any(), anyString(), anyString()))
        .thenThrow(new AliasConflictException("credit-risk", "champion", Optional.of("1"), Optional.of("3")));

    CanaryVerdict verdict = analysis(healthy).registry(registry, "canary-job").build().run();

    verify(registry).setAlias("credit-risk", "champion", Optional.of("1"), "2", "canary-job");
    assertThat(verdict.state()).isEqualTo(CanaryState.ROLLED_BACK);
    assertThat(verdict.reasons()).containsExactly("the registry did not move champion of credit-risk to version 2:"
        + " AliasConflictException: alias \"champion\" of model \"credit-risk\" was expected at version 1 but is"
        + " at version 3: it moved since it was read");
    InOrder order = inOrder(router);
    order.verify(router).promoteCanary();
    order.verify(router).rollback();
  }

  @Test
  void should_roll_back_when_the_analysis_itself_throws() {
    splitFollowsRequests();

    CanaryVerdict verdict = analysis(healthy)
        .waiter(instant -> {
          throw new IllegalStateException("scheduler shut down");
        })
        .build().run();

    assertThat(verdict.state()).isEqualTo(CanaryState.ROLLED_BACK);
    assertThat(verdict.reasons()).containsExactly("the analysis failed: IllegalStateException: scheduler shut down");
    verify(router).rollback();
  }

  @Test
  void should_roll_back_and_keep_the_interrupt_when_interrupted_while_waiting() {
    splitFollowsRequests();

    CanaryVerdict verdict = analysis(healthy)
        .waiter(instant -> {
          throw new InterruptedException("shutdown");
        })
        .build().run();

    assertThat(verdict.state()).isEqualTo(CanaryState.ROLLED_BACK);
    assertThat(verdict.reasons()).containsExactly("the analysis was interrupted");
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void should_attempt_the_rollback_and_rethrow_an_error() {
    splitFollowsRequests();
    CanaryMetrics metrics = mock(CanaryMetrics.class);
    when(metrics.name()).thenReturn("oom");
    when(metrics.observe(any(Window.class))).thenThrow(new OutOfMemoryError("test"));

    assertThatThrownBy(() -> analysis(metrics).build().run()).isInstanceOf(OutOfMemoryError.class);
    verify(router).rollback();
  }

  @Test
  void should_never_call_the_router_or_the_registry_in_a_dry_run() {
    ModelRegistry registry = mock(ModelRegistry.class);
    TrafficRouter untouched = mock(TrafficRouter.class);

    CanaryVerdict promote = CanaryAnalysis.builder().gate(ScriptedMetrics.gate().build())
        .model("credit-risk", "2", "1").router(untouched).registry(registry, "ci").metrics(healthy)
        .clock(clock).waiter(clock.waiter()).dryRun(true).build().run();
    CanaryVerdict rollback = CanaryAnalysis.builder().gate(ScriptedMetrics.gate().build())
        .model("credit-risk", "2", "1").router(untouched).registry(registry, "ci")
        .metrics(ScriptedMetrics.of(WindowOutcome.FAIL, WindowOutcome.FAIL))
        .clock(clock).waiter(clock.waiter()).dryRun(true).build().run();

    verifyNoInteractions(untouched, registry);
    assertThat(promote.summary()).isEqualTo("would have promoted");
    assertThat(promote.promoted()).isFalse();
    assertThat(promote.dryRun()).isTrue();
    assertThat(promote.router()).isEqualTo("none");
    assertThat(rollback.summary()).isEqualTo("would have rolled back");
    assertThat(promote.actions()).extracting(RouterAction::status).containsOnly(RouterAction.Status.SKIPPED_DRY_RUN);
    assertThat(promote.actions().get(0).detail()).isEqualTo("dry run: the router was not called");
  }

  @Test
  void should_name_every_missing_part_of_an_analysis() {
    assertThatThrownBy(() -> CanaryAnalysis.builder().registry(mock(ModelRegistry.class), "ci")
            .model("credit-risk", null, "1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot build the canary analysis: gate is missing; metrics is missing; clock is missing;"
            + " router is missing: only a dry run may go without one; candidate version is missing: a registry's"
            + " champion alias can only move to a version");
    verify(router, never()).setCanaryShare(eq(0));
  }
}
