package dev.modelgate.core.canary;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Builds an {@link InProcessCanaryRecorder}: slices of 10 s kept for 30 min, score samples of at
 * most 2,000 per model and window drawn with seed 42, and no counts of requests over latency
 * thresholds, unless set otherwise. Not thread-safe; reusable after {@link #build()}.
 */
public final class InProcessCanaryRecorderBuilder {

  private final Clock clock;
  private Duration resolution = Duration.ofSeconds(10);
  private Duration retention = Duration.ofMinutes(30);
  private int sampleSize = 2_000;
  private long seed = 42;
  private long[] overNanos = new long[0];

  InProcessCanaryRecorderBuilder(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The length of a time slice, at least one millisecond; windows should be multiples of it. */
  public InProcessCanaryRecorderBuilder resolution(Duration resolution) {
    if (resolution.toMillis() < 1) {
      throw new IllegalArgumentException("resolution = " + resolution + " must be at least 1 ms");
    }
    this.resolution = resolution;
    return this;
  }

  /** How long slices are kept; at least one resolution. */
  public InProcessCanaryRecorderBuilder retention(Duration retention) {
    this.retention = Objects.requireNonNull(retention, "retention");
    return this;
  }

  /** The most scores kept per model and slice, and per window; with the seed of the sampling. */
  public InProcessCanaryRecorderBuilder scoreSample(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("score sample size = " + size + " must be at least 1");
    }
    this.sampleSize = size;
    this.seed = seed;
    return this;
  }

  /**
   * The latency thresholds, such as the SLO of {@link CanaryGateBuilder#latencySequential(Duration,
   * double)}, over which each model's requests are counted exactly, per window; replaces thresholds
   * set before. A request exactly at a threshold is not over it.
   *
   * @throws IllegalArgumentException if a threshold is not positive
   */
  public InProcessCanaryRecorderBuilder countRequestsOver(Duration... thresholds) {
    long[] nanos = new long[thresholds.length];
    for (int i = 0; i < thresholds.length; i++) {
      Duration threshold = Objects.requireNonNull(thresholds[i], "threshold");
      if (threshold.isNegative() || threshold.isZero()) {
        throw new IllegalArgumentException("threshold = " + threshold + " must be positive");
      }
      nanos[i] = threshold.toNanos();
    }
    this.overNanos = Arrays.stream(nanos).sorted().distinct().toArray();
    return this;
  }

  /**
   * The recorder.
   *
   * @throws IllegalArgumentException if the retention is shorter than the resolution
   */
  public InProcessCanaryRecorder build() {
    if (retention.compareTo(resolution) < 0) {
      throw new IllegalArgumentException(
          "retention = " + retention + " is shorter than the resolution = " + resolution);
    }
    return new InProcessCanaryRecorder(clock, resolution, retention, sampleSize, seed, overNanos.clone());
  }
}
