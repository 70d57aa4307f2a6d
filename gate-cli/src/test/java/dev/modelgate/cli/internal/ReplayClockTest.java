package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.canary.CanaryWaiter;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReplayClockTest {

  private static final Instant START = Instant.parse("2024-06-01T12:00:00Z");

  @Test
  void should_jump_to_the_instant_waited_for_and_never_go_back() throws InterruptedException {
    ReplayClock clock = new ReplayClock(START);
    CanaryWaiter waiter = clock.waiter();

    waiter.waitUntil(START.plusSeconds(60));
    Instant afterWindow = clock.instant();
    waiter.waitUntil(START.plusSeconds(30));

    assertThat(afterWindow).isEqualTo(START.plusSeconds(60));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
  }

  @Test
  void should_share_its_time_with_a_copy_in_another_zone() throws InterruptedException {
    ReplayClock clock = new ReplayClock(START);
    var paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.waiter().waitUntil(START.plusSeconds(5));

    assertThat(paris.instant()).isEqualTo(START.plusSeconds(5));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }
}
