package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gate canary --prometheus-url}: the flags and environment reach Prometheus, the windows
 * are read on the run's clock, and {@code --record-metrics} writes a recording that replays to the
 * same decision. The clock jumps past every window's end each time it is read, so the real waiter
 * never sleeps.
 */
class CanaryPrometheusTest {

  @TempDir Path dir;

  private CanaryFiles files;

  @BeforeEach
  void setUp() {
    files = new CanaryFiles(dir);
  }

  /** A clock that moves {@code step} forward each time it is read. */
  private static final class SteppingClock extends Clock {
    private final AtomicReference<Instant> now = new AtomicReference<>(CanaryFiles.START);
    private final Duration step = Duration.ofSeconds(61);

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.getAndUpdate(t -> t.plus(step));
    }
  }

  private Cli.Run canary(FakePrometheus prometheus, Cli cli, String... more) {
    String[] base = {"canary", "--policy", files.policy.toString(), "--model", "credit",
        "--prometheus-url", prometheus.url(), "--champion-label", "credit-1", "--canary-label",
        "credit-2", "--class-counter", "predictions_total", "--dry-run"};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return cli.clock(new SteppingClock()).run(args);
  }

  @Test
  void should_read_each_window_from_prometheus_with_the_token_from_the_environment()
      throws Exception {
    try (FakePrometheus prometheus = new FakePrometheus(1)) {
      Cli.Run run = canary(prometheus, new Cli().env("PROMETHEUS_BEARER_TOKEN", "s3cret"));

      assertThat(run.code()).isEqualTo(ExitCode.OK.code());
      assertThat(run.out())
          .contains("PASS: canary error rate 0.0050 (1 of 200) is at most 0.05; ")
          .contains("canary p99 latency 84 ms is at most 1.25 × champion 80 ms")
          .contains("\nwould have promoted: credit, 3 windows\n")
          .doesNotContain("s3cret");
      assertThat(prometheus.authorizations()).isNotEmpty().containsOnly("Bearer s3cret");
    }
  }

  @Test
  void should_record_the_windows_so_that_a_replay_decides_the_same() throws Exception {
    Path recording = dir.resolve("recorded/spike.jsonl");
    Cli.Run live;
    try (FakePrometheus prometheus = new FakePrometheus(30)) {
      live = canary(prometheus, new Cli(), "--record-metrics", recording.toString());
    }

    Cli.Run replay = new Cli().run(files.replay(recording, "--dry-run"));

    assertThat(live.code()).isEqualTo(ExitCode.ROLLED_BACK.code());
    assertThat(Files.readAllLines(recording)).hasSize(2);
    assertThat(replay.code()).isEqualTo(ExitCode.ROLLED_BACK.code());
    assertThat(windowLines(replay.out())).isEqualTo(windowLines(live.out()));
  }

  private static String windowLines(String out) {
    return out.lines().filter(line -> line.startsWith("window ")).reduce("", (a, b) -> a + b + "\n");
  }
}
