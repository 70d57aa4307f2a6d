package dev.modelgate.cli;

import dev.modelgate.cli.internal.CanaryFlagMessages;
import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.MetricsRecorder;
import dev.modelgate.cli.internal.RecordedMetrics;
import dev.modelgate.cli.internal.RecordingReader;
import dev.modelgate.cli.internal.ReplayClock;
import dev.modelgate.cli.internal.ScrapeLag;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.CanaryWaiter;
import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.prometheus.PrometheusCanaryMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code gate canary} reads its windows, and with which time: Prometheus on the real clock,
 * waiting for each window to close and then one scrape interval for its last samples, or a
 * recording replayed on a {@link ReplayClock} that jumps to each window's end without waiting.
 */
final class CanarySource {

  /** The flags that choose the source. */
  record Flags(
      @Nullable Path metricsFile, @Nullable Path recordMetrics, PrometheusOptions prometheus) {}

  /** An opened source: the metrics, the clock of the run and how it waits. */
  record Opened(CanaryMetrics metrics, Clock clock, CanaryWaiter waiter) {}

  private final @Nullable PrometheusCanaryMetrics prometheus;
  private final CliContext context;

  private CanarySource(@Nullable PrometheusCanaryMetrics prometheus, CliContext context) {
    this.prometheus = prometheus;
    this.context = context;
  }

  /** Checks the flags against each other and the policy; problems are added to {@code problems}. */
  static CanarySource check(Flags flags, CliContext context, CanaryGate gate, List<String> problems) {
    boolean replay = flags.metricsFile() != null;
    PrometheusOptions options = flags.prometheus();
    if (!replay && options.url == null) {
      problems.add(CanaryFlagMessages.noMetrics());
    } else if (replay && options.url != null) {
      problems.add(CanaryFlagMessages.twoSources());
    } else if (replay && !options.given().isEmpty()) {
      problems.add(CanaryFlagMessages.prometheusOnly(options.given()));
    }
    if (replay && flags.recordMetrics() != null) {
      problems.add(CanaryFlagMessages.recordReplay());
    }
    PrometheusCanaryMetrics metrics = !replay && options.url != null
        ? PrometheusSource.build(options, context, gate, problems)
        : null;
    return new CanarySource(metrics, context);
  }

  /**
   * The source, ready for the run: the recording read and checked against the policy's window
   * length, or Prometheus, recording to {@code --record-metrics} when given.
   *
   * @throws dev.modelgate.cli.internal.InputException if the recording is missing or malformed
   * @throws IOException if a file cannot be read or the recording file cannot be created
   */
  Opened open(Flags flags, CanaryGate gate) throws IOException {
    if (prometheus != null) {
      CanaryWaiter waiter = CanaryWaiter.sleeping(context.clock());
      CanaryMetrics metrics =
          new ScrapeLag(prometheus, flags.prometheus().scrapeInterval(), waiter);
      Path record = flags.recordMetrics();
      if (record != null) {
        metrics = MetricsRecorder.open(metrics, record);
      }
      return new Opened(metrics, context.clock(), waiter);
    }
    Path file = Objects.requireNonNull(flags.metricsFile(), "metricsFile");
    RecordedMetrics recorded = new RecordedMetrics(
        file.toString(), RecordingReader.read(file, file.toString(), gate.interval()));
    ReplayClock clock = new ReplayClock(recorded.start());
    return new Opened(recorded, clock, clock.waiter());
  }
}
