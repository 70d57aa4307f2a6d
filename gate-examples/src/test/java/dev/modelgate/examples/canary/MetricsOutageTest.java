package dev.modelgate.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.canary.InProcessCanaryRecorder;
import dev.modelgate.core.canary.ModelRole;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetricsOutageTest {

  private static final Instant START = Instant.parse("2026-11-27T09:00:00Z");

  private final SimulatedClock clock = new SimulatedClock(START);
  private final InProcessCanaryRecorder recorder = InProcessCanaryRecorder.builder(clock).build();

  @Test
  void should_pass_the_windows_before_the_outage_through_to_the_source() {
    recorder.record(ModelRole.CHAMPION, Duration.ofMillis(10), false, "Good");
    recorder.record(ModelRole.CANARY, Duration.ofMillis(10), true);
    MetricsOutage outage = new MetricsOutage(recorder, 2);

    WindowObservation first = outage.observe(new Window(1, START, START.plusSeconds(60)));

    assertThat(first).isInstanceOfSatisfying(WindowObservation.Observed.class, observed -> {
      assertThat(observed.champion().requests()).isEqualTo(1);
      assertThat(observed.canary().errors()).isEqualTo(1);
    });
  }

  @Test
  void should_answer_every_window_from_the_outage_on_with_a_source_error() {
    MetricsOutage outage = new MetricsOutage(recorder, 2);
    Window second = new Window(2, START.plusSeconds(60), START.plusSeconds(120));

    WindowObservation observation = outage.observe(second);

    assertThat(observation).isEqualTo(new WindowObservation.Missing(second, MissingKind.SOURCE_ERROR,
        "the metrics source did not answer: connection refused (a simulated outage)"));
    assertThat(outage.name()).isEqualTo("in-process (down from window 2)");
  }

  @Test
  void should_refuse_an_outage_before_the_first_window() {
    assertThatThrownBy(() -> new MetricsOutage(recorder, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstMissing = 0 must be at least 1");
  }
}
