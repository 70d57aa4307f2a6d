package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CanaryWaiterTest {

  private final TestClock clock = new TestClock();

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void should_return_at_once_for_an_instant_that_has_passed_or_is_now() throws InterruptedException {
    CanaryWaiter waiter = CanaryWaiter.sleeping(clock);

    waiter.waitUntil(TestClock.START.minusSeconds(5));
    waiter.waitUntil(TestClock.START);

    assertThat(clock.instant()).isEqualTo(TestClock.START);
  }

  @Test
  void should_stop_waiting_when_the_thread_is_interrupted() {
    CanaryWaiter waiter = CanaryWaiter.sleeping(clock);
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> waiter.waitUntil(TestClock.START.plus(Duration.ofHours(1))))
        .isInstanceOf(InterruptedException.class);
  }

  @Test
  void should_back_off_doubling_up_to_the_longest_wait() {
    CanaryRetry retry = new CanaryRetry(1, Duration.ZERO, 6, Duration.ofSeconds(1), Duration.ofSeconds(5));

    assertThat(retry.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(retry.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(retry.backoffAfter(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(retry.backoffAfter(4)).isEqualTo(Duration.ofSeconds(5));
    assertThat(retry.backoffAfter(60)).isEqualTo(Duration.ofSeconds(5));
    assertThat(CanaryRetry.defaults().backoffAfter(4)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void should_refuse_retry_settings_that_would_never_try() {
    assertThatThrownBy(() -> new CanaryRetry(0, Duration.ZERO, 1, Duration.ZERO, Duration.ZERO))
        .hasMessage("confirmReads = 0 and rollbackAttempts = 1 must be at least 1");
    assertThatThrownBy(() -> new CanaryRetry(1, Duration.ZERO, 1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessage("delays must not be negative and maxRollbackBackoff = PT1S must be at least rollbackBackoff = PT2S");
  }
}
