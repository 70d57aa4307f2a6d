package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Counts of requests slower than latency thresholds: in the window statistics and from the in-process recorder. */
class RequestsOverSloTest {

  private static final Duration SLO = Duration.ofMillis(250);
  private final TestClock clock = new TestClock();

  private static Window minute() {
    return new Window(1, TestClock.START, TestClock.START.plusSeconds(60));
  }

  @Test
  void should_count_exactly_the_requests_slower_than_each_threshold() {
    InProcessCanaryRecorder recorder =
        InProcessCanaryRecorder.builder(clock).countRequestsOver(Duration.ofSeconds(1), SLO, SLO).build();
    recorder.record(ModelRole.CHAMPION, Duration.ofMillis(100), false);
    recorder.record(ModelRole.CHAMPION, SLO, false);
    recorder.record(ModelRole.CHAMPION, SLO.plusNanos(1), false);
    recorder.record(ModelRole.CHAMPION, Duration.ofMillis(1_500), true);
    recorder.record(ModelRole.CANARY, Duration.ofMillis(300), false, 0.4);
    clock.advance(Duration.ofSeconds(10));
    recorder.record(ModelRole.CANARY, Duration.ofMillis(200), false, "yes");

    WindowObservation.Observed window = (WindowObservation.Observed) recorder.observe(minute());

    assertThat(window.champion().requestsOver()).isEqualTo(Map.of(SLO, 2L, Duration.ofSeconds(1), 1L));
    assertThat(window.canary().requestsOver(SLO)).isEqualTo(OptionalLong.of(1));
    assertThat(window.canary().requestsOver(Duration.ofSeconds(1))).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void should_count_nothing_when_built_without_thresholds() {
    InProcessCanaryRecorder recorder = InProcessCanaryRecorder.builder(clock).build();
    recorder.record(ModelRole.CHAMPION, Duration.ofMillis(900), false);
    recorder.record(ModelRole.CANARY, Duration.ofMillis(900), false);

    WindowObservation.Observed window = (WindowObservation.Observed) recorder.observe(minute());

    assertThat(window.champion().requestsOver()).isEmpty();
    assertThat(window.champion().requestsOver(SLO)).isEmpty();
  }

  @Test
  void should_refuse_a_threshold_that_is_not_positive() {
    assertThatThrownBy(() -> InProcessCanaryRecorder.builder(clock).countRequestsOver(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold = PT0S must be positive");
  }

  @Test
  void should_refuse_window_statistics_with_more_slow_requests_than_requests() {
    assertThatThrownBy(() -> new ModelWindowStats(10, 0, Map.of(), Optional.empty(), Map.of(SLO, 11L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requests over PT0.25S = 11 must be between 0 and requests = 10");
    assertThatThrownBy(() -> new ModelWindowStats(10, 0, Map.of(), Optional.empty(), Map.of(Duration.ZERO, 1L)))
        .hasMessage("latency threshold PT0S is not positive");
  }

  @Test
  void should_keep_the_four_part_constructor_without_counts() {
    assertThat(new ModelWindowStats(10, 1, Map.of(), Optional.empty()).requestsOver()).isEmpty();
  }
}
