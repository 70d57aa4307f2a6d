package dev.modelgate.core.internal.canary;

import dev.modelgate.core.canary.Percentile;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.PredictionDistribution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/**
 * Merges one model's time slices into the statistics of a window: counts add (requests over each
 * latency threshold among them), histograms add, class counts add, and the slices' score
 * reservoirs are subsampled in proportion to the scores each slice saw, so that a busy slice weighs
 * as much as its traffic. Not thread-safe.
 */
final class WindowAccumulator {

  private record Reservoir(double[] scores, long seen) {}

  private final int sampleSize;
  private final long seed;
  private final long[] overNanos;
  private final long[] over;
  private long requests;
  private long errors;
  private final Histogram latencyMicros = new Histogram(2);
  private final List<Reservoir> reservoirs = new ArrayList<>();
  private long scoresSeen;
  private final Map<String, Long> classes = new HashMap<>();

  WindowAccumulator(int sampleSize, long seed, long[] overNanos) {
    this.sampleSize = sampleSize;
    this.seed = seed;
    this.overNanos = overNanos;
    this.over = new long[overNanos.length];
  }

  void add(long requests, long errors, Histogram latency, long[] over, double[] reservoir, int size, long seen,
      Map<String, Long> classes) {
    this.requests += requests;
    this.errors += errors;
    for (int i = 0; i < over.length; i++) {
      this.over[i] += over[i];
    }
    latencyMicros.add(latency);
    if (size > 0) {
      reservoirs.add(new Reservoir(Arrays.copyOf(reservoir, size), seen));
      scoresSeen += seen;
    }
    classes.forEach((label, count) -> this.classes.merge(label, count, Long::sum));
  }

  long requests() {
    return requests;
  }

  ModelWindowStats stats() {
    Map<Double, Duration> latency = new HashMap<>();
    if (latencyMicros.getTotalCount() > 0) {
      for (Percentile percentile : Percentile.values()) {
        long micros = latencyMicros.getValueAtPercentile(percentile.quantile() * 100);
        latency.put(percentile.quantile(), Duration.ofNanos(micros * 1_000));
      }
    }
    Map<Duration, Long> requestsOver = new HashMap<>();
    for (int i = 0; i < overNanos.length; i++) {
      requestsOver.put(Duration.ofNanos(overNanos[i]), over[i]);
    }
    return new ModelWindowStats(requests, errors, latency, predictions(), requestsOver);
  }

  private Optional<PredictionDistribution> predictions() {
    if (scoresSeen > 0) {
      return Optional.of(new PredictionDistribution.ScoreSample(sample()));
    }
    if (!classes.isEmpty()) {
      return Optional.of(new PredictionDistribution.ClassCounts(classes));
    }
    return Optional.empty();
  }

  private double[] sample() {
    int total = reservoirs.stream().mapToInt(r -> r.scores.length).sum();
    if (scoresSeen <= sampleSize || reservoirs.size() == 1) {
      double[] all = new double[total];
      int at = 0;
      for (Reservoir r : reservoirs) {
        System.arraycopy(r.scores, 0, all, at, r.scores.length);
        at += r.scores.length;
      }
      return all;
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Double> sample = new ArrayList<>(sampleSize);
    for (Reservoir r : reservoirs) {
      int take = (int) Math.min(r.scores.length, Math.round((double) sampleSize * r.seen / scoresSeen));
      double[] copy = r.scores.clone();
      for (int i = 0; i < take; i++) {
        int j = i + random.nextInt(copy.length - i);
        double swap = copy[i];
        copy[i] = copy[j];
        copy[j] = swap;
        sample.add(copy[i]);
      }
    }
    return sample.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
