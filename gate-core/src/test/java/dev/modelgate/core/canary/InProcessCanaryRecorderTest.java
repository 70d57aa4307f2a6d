package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.PredictionDistribution.ClassCounts;
import dev.modelgate.core.spi.PredictionDistribution.ScoreSample;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InProcessCanaryRecorderTest {

  private final TestClock clock = new TestClock();
  private final InProcessCanaryRecorder recorder = InProcessCanaryRecorder.builder(clock).build();

  private static Window minute(int index) {
    Instant start = TestClock.START.plus(Duration.ofMinutes(index - 1));
    return new Window(index, start, start.plus(Duration.ofMinutes(1)));
  }

  private WindowObservation.Observed observed(Window window) {
    WindowObservation observation = recorder.observe(window);
    assertThat(observation).isInstanceOf(WindowObservation.Observed.class);
    return (WindowObservation.Observed) observation;
  }

  @Test
  void should_count_requests_and_errors_per_model_and_window() {
    for (int i = 0; i < 80; i++) {
      recorder.record(ModelRole.CHAMPION, Duration.ofMillis(10), i < 2);
    }
    for (int i = 0; i < 20; i++) {
      recorder.record(ModelRole.CANARY, Duration.ofMillis(12), i < 3);
    }
    clock.advance(Duration.ofMinutes(1));
    recorder.record(ModelRole.CANARY, Duration.ofMillis(12), true);

    WindowObservation.Observed first = observed(minute(1));

    assertThat(first.champion().requests()).isEqualTo(80);
    assertThat(first.champion().errors()).isEqualTo(2);
    assertThat(first.canary().requests()).isEqualTo(20);
    assertThat(first.canary().errors()).isEqualTo(3);
  }

  @Test
  void should_report_latency_percentiles_to_two_significant_digits() {
    for (int ms = 1; ms <= 1000; ms++) {
      recorder.record(ModelRole.CHAMPION, Duration.ofMillis(ms), false);
      recorder.record(ModelRole.CANARY, Duration.ofMillis(2L * ms), false);
    }

    ModelWindowStats champion = observed(minute(1)).champion();
    ModelWindowStats canary = observed(minute(1)).canary();

    assertThat(champion.latency()).containsOnlyKeys(0.5, 0.95, 0.99);
    assertThat(champion.latency().get(0.5).toMillis()).isBetween(495L, 505L);
    assertThat(champion.latency().get(0.95).toMillis()).isBetween(940L, 960L);
    assertThat(champion.latency().get(0.99).toMillis()).isBetween(980L, 1000L);
    assertThat(canary.latency().get(0.99).toMillis()).isBetween(1960L, 2000L);
  }

  @Test
  void should_say_which_model_had_no_traffic() {
    recorder.record(ModelRole.CHAMPION, Duration.ofMillis(10), false);

    WindowObservation observation = recorder.observe(minute(1));

    assertThat(observation).isEqualTo(new WindowObservation.Missing(minute(1), MissingKind.NO_TRAFFIC,
        "the canary served no requests recorded in process between 2025-03-01T10:00:00Z and 2025-03-01T10:01:00Z"));
    assertThat(recorder.observe(minute(2))).isInstanceOf(WindowObservation.Missing.class)
        .extracting(o -> ((WindowObservation.Missing) o).detail()).asString().startsWith("neither model");
  }

  @Test
  void should_keep_every_score_of_a_small_window_and_class_counts_exactly() {
    recorder.record(ModelRole.CHAMPION, Duration.ofMillis(1), false, 0.25);
    recorder.record(ModelRole.CHAMPION, Duration.ofMillis(1), false, 0.75);
    recorder.record(ModelRole.CANARY, Duration.ofMillis(1), false, "Bad");
    recorder.record(ModelRole.CANARY, Duration.ofMillis(1), false, "Bad");
    recorder.record(ModelRole.CANARY, Duration.ofMillis(1), true, "Good");

    WindowObservation.Observed window = observed(minute(1));

    double[] scores = ((ScoreSample) window.champion().predictions().orElseThrow()).scores();
    Arrays.sort(scores);
    assertThat(scores).containsExactly(0.25, 0.75);
    assertThat(window.canary().predictions()).contains(new ClassCounts(Map.of("Bad", 2L, "Good", 1L)));
  }

  @Test
  void should_sample_scores_in_proportion_to_each_slices_traffic_with_a_fixed_seed() {
    InProcessCanaryRecorder small = InProcessCanaryRecorder.builder(clock).scoreSample(100, 7).build();
    for (int slice = 0; slice < 6; slice++) {
      int requests = slice == 0 ? 500 : 100;
      for (int i = 0; i < requests; i++) {
        small.record(ModelRole.CHAMPION, Duration.ofMillis(1), false, slice);
        small.record(ModelRole.CANARY, Duration.ofMillis(1), false, slice);
      }
      clock.advance(Duration.ofSeconds(10));
    }

    double[] first = ((ScoreSample) ((WindowObservation.Observed) small.observe(minute(1)))
        .champion().predictions().orElseThrow()).scores();
    double[] again = ((ScoreSample) ((WindowObservation.Observed) small.observe(minute(1)))
        .champion().predictions().orElseThrow()).scores();

    assertThat(first).hasSize(100).containsExactly(again);
    assertThat(Arrays.stream(first).filter(s -> s == 0).count()).isEqualTo(50);
  }

  @Test
  void should_forget_slices_older_than_the_retention() {
    InProcessCanaryRecorder brief = InProcessCanaryRecorder.builder(clock).retention(Duration.ofMinutes(1)).build();
    brief.record(ModelRole.CHAMPION, Duration.ofMillis(1), false);
    brief.record(ModelRole.CANARY, Duration.ofMillis(1), false);
    clock.advance(Duration.ofMinutes(5));
    brief.record(ModelRole.CHAMPION, Duration.ofMillis(1), false);

    assertThat(brief.observe(minute(1))).isInstanceOf(WindowObservation.Missing.class)
        .extracting(o -> ((WindowObservation.Missing) o).detail()).asString()
        .endsWith("(the window starts before the retained slices)");
  }

  @Test
  void should_count_every_request_recorded_from_many_threads() throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      pool.execute(() -> {
        for (int i = 0; i < 10_000; i++) {
          recorder.record(i % 5 == 0 ? ModelRole.CANARY : ModelRole.CHAMPION, Duration.ofMillis(5), i % 100 == 0, 0.5);
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    WindowObservation.Observed window = observed(minute(1));

    assertThat(window.champion().requests()).isEqualTo(32_000);
    assertThat(window.canary().requests()).isEqualTo(8_000);
    assertThat(window.canary().errors()).isEqualTo(400);
  }

  @Test
  void should_refuse_bad_input() {
    assertThatThrownBy(() -> recorder.record(ModelRole.CANARY, Duration.ofMillis(-1), false))
        .hasMessage("latency = PT-0.001S is negative");
    assertThatThrownBy(() -> recorder.record(ModelRole.CANARY, Duration.ZERO, false, Double.NaN))
        .hasMessage("score = NaN is not finite");
    assertThatThrownBy(() -> InProcessCanaryRecorder.builder(clock).retention(Duration.ofSeconds(1)).build())
        .hasMessage("retention = PT1S is shorter than the resolution = PT10S");
  }
}
