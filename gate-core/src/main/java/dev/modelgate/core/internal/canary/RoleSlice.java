package dev.modelgate.core.internal.canary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/**
 * What one model did in one time slice of the in-process recorder: counts, an HdrHistogram of
 * latencies in microseconds (two significant digits), exact counts of requests slower than each
 * latency threshold, a bounded reservoir of scores (algorithm R with a fixed seed), and counts per
 * predicted class. Thread-safe: every method holds the slice's lock.
 */
final class RoleSlice {

  private final int sampleSize;
  private final SplittableRandom random;
  private long requests;
  private long errors;
  private final Histogram latencyMicros = new Histogram(2);
  private final long[] overNanos;
  private final long[] over;
  private double[] reservoir = new double[16];
  private long scoresSeen;
  private final Map<String, Long> classes = new HashMap<>();

  RoleSlice(int sampleSize, long seed, long[] overNanos) {
    this.sampleSize = sampleSize;
    this.random = new SplittableRandom(seed);
    this.overNanos = overNanos;
    this.over = new long[overNanos.length];
  }

  synchronized void record(long nanos, boolean error) {
    requests++;
    if (error) {
      errors++;
    }
    latencyMicros.recordValue(Math.max(0, nanos / 1_000));
    for (int i = 0; i < overNanos.length && nanos > overNanos[i]; i++) {
      over[i]++;
    }
  }

  synchronized void score(double score) {
    scoresSeen++;
    if (scoresSeen <= sampleSize) {
      if (scoresSeen > reservoir.length) {
        reservoir = Arrays.copyOf(reservoir, (int) Math.min(sampleSize, reservoir.length * 2L));
      }
      reservoir[(int) scoresSeen - 1] = score;
    } else {
      long slot = random.nextLong(scoresSeen);
      if (slot < sampleSize) {
        reservoir[(int) slot] = score;
      }
    }
  }

  synchronized void predictedClass(String label) {
    classes.merge(label, 1L, Long::sum);
  }

  /** Adds this slice's data to {@code merged}. */
  synchronized void addTo(WindowAccumulator merged) {
    merged.add(requests, errors, latencyMicros, over, reservoir, (int) Math.min(scoresSeen, sampleSize), scoresSeen,
        classes);
  }
}
