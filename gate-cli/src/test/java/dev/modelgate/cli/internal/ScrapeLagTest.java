package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScrapeLagTest {

  private static final Window WINDOW =
      new Window(1, Instant.parse("2024-06-01T12:00:00Z"), Instant.parse("2024-06-01T12:01:00Z"));

  private final CanaryMetrics source = new CanaryMetrics() {
    @Override
    public String name() {
      return "prometheus:http://127.0.0.1:9090";
    }

    @Override
    public WindowObservation observe(Window window) {
      return new WindowObservation.Missing(window, MissingKind.NO_TRAFFIC, "");
    }
  };

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void should_read_a_window_one_scrape_interval_after_its_end() {
    List<Instant> waits = new ArrayList<>();
    ScrapeLag lagged = new ScrapeLag(source, Duration.ofSeconds(30), waits::add);

    WindowObservation observation = lagged.observe(WINDOW);

    assertThat(waits).containsExactly(Instant.parse("2024-06-01T12:01:30Z"));
    assertThat(((WindowObservation.Missing) observation).kind()).isEqualTo(MissingKind.NO_TRAFFIC);
    assertThat(lagged.name()).isEqualTo("prometheus:http://127.0.0.1:9090");
  }

  @Test
  void should_make_the_window_missing_and_keep_the_interrupt_when_interrupted() {
    ScrapeLag lagged = new ScrapeLag(source, Duration.ofSeconds(30), instant -> {
      throw new InterruptedException();
    });

    WindowObservation observation = lagged.observe(WINDOW);

    assertThat(observation).isEqualTo(new WindowObservation.Missing(WINDOW,
        MissingKind.SOURCE_ERROR, "interrupted while waiting 30 s for the window's last scrape"));
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }
}
