package dev.modelgate.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {

  private static final Instant START = Instant.parse("2026-11-27T09:00:00Z");

  @Test
  void should_stand_still_until_moved() {
    SimulatedClock clock = new SimulatedClock(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void should_move_forward_by_each_step() {
    SimulatedClock clock = new SimulatedClock(START);

    clock.advance(Duration.ofMillis(100));
    clock.advance(Duration.ofMillis(100));

    assertThat(clock.instant()).isEqualTo(START.plusMillis(200));
    assertThat(clock.millis()).isEqualTo(START.toEpochMilli() + 200);
  }

  @Test
  void should_refuse_to_go_back() {
    SimulatedClock clock = new SimulatedClock(START);

    assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step = PT-0.001S is negative: the clock never goes back");
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  void should_stay_in_utc() {
    SimulatedClock clock = new SimulatedClock(START);

    assertThatThrownBy(() -> clock.withZone(ZoneId.of("Europe/Berlin")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("the simulated clock stays in UTC");
  }
}
