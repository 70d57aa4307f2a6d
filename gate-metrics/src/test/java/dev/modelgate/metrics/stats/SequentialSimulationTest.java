package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded simulations of the e-process on a stream of requests split 80/20 at random, each request
 * failing with its model's rate (1 % for the champion): how often a healthy canary is falsely
 * rejected at α = 0.05 over 100,000 requests, and how many requests a doubled error rate takes to
 * detect, when the test is checked after every request or only at the end of each one-minute window
 * (2,000 or 10,000 requests per minute). Every mode reads the same simulated stream. Writes the
 * figures to {@code target/sequential-simulation.txt}.
 */
class SequentialSimulationTest {

  private static final double ALPHA = 0.05;
  private static final double SHARE = 0.2;
  private static final double BASE_RATE = 0.01;
  private static final long HORIZON = 100_000;
  private static final long[] WINDOWS = {0, 2_000, 10_000};
  private static final String[] MODES = {"every request", "windows of 2000", "windows of 10000"};

  /** The request at which each mode first reached 1/α, or -1 within the horizon. */
  private static long[] detections(double canaryRate, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double errorPerRequest = SHARE * canaryRate + (1 - SHARE) * BASE_RATE;
    double canaryPerError = SHARE * canaryRate / errorPerRequest;
    long[] found = {-1, -1, -1};
    BinomialEProcess[] process = new BinomialEProcess[3];
    long[][] window = new long[3][2];
    long[] windowEnd = WINDOWS.clone();
    Arrays.setAll(process, i -> BinomialEProcess.start(0));
    long request = 0;
    while (true) {
      long gap = 1 + (long) Math.floor(Math.log(1 - random.nextDouble()) / Math.log1p(-errorPerRequest));
      long next = request + gap;
      for (int m = 1; m < 3; m++) {
        // close the windows that end before the next error; window k holds requests ((k - 1)W, kW]
        for (; windowEnd[m] < next && windowEnd[m] <= HORIZON && found[m] < 0; windowEnd[m] += WINDOWS[m]) {
          process[m] = process[m].observe(window[m][0], window[m][1], SHARE);
          window[m] = new long[2];
          found[m] = process[m].rejects(ALPHA) ? windowEnd[m] : -1;
        }
      }
      request = next;
      if (request > HORIZON) {
        return found;
      }
      long canary = random.nextDouble() < canaryPerError ? 1 : 0;
      if (found[0] < 0) {
        process[0] = process[0].observe(canary, 1, SHARE);
        found[0] = process[0].rejects(ALPHA) ? request : -1;
      }
      for (int m = 1; m < 3; m++) {
        window[m][0] += canary;
        window[m][1]++;
      }
    }
  }

  private static List<long[]> runs(int count, double canaryRate, long seed) {
    List<long[]> runs = new ArrayList<>(count);
    for (int run = 0; run < count; run++) {
      runs.add(detections(canaryRate, seed + run));
    }
    return runs;
  }

  private static double rejected(List<long[]> runs, int mode) {
    return runs.stream().filter(r -> r[mode] >= 0).count() / (double) runs.size();
  }

  /** The median request of detection, runs without one counting as never. */
  private static long median(List<long[]> runs, int mode) {
    long[] sorted = runs.stream().mapToLong(r -> r[mode] < 0 ? Long.MAX_VALUE : r[mode]).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  @Test
  void should_falsely_reject_a_healthy_canary_at_most_alpha_however_often_it_is_checked() throws IOException {
    List<long[]> healthy = runs(2_000, BASE_RATE, 7_000);
    List<String> report = new ArrayList<>();
    for (int mode = 0; mode < 3; mode++) {
      report.add(String.format(Locale.ROOT, "healthy canary, alpha 0.05, checked after %s: false rejections"
          + " %.2f%% of %d runs over %d requests", MODES[mode], 100 * rejected(healthy, mode), healthy.size(), HORIZON));
    }
    write("healthy", report);

    for (int mode = 0; mode < 3; mode++) {
      assertThat(rejected(healthy, mode)).as(MODES[mode]).isLessThanOrEqualTo(ALPHA);
    }
  }

  @Test
  void should_detect_a_doubled_error_rate_within_a_few_thousand_requests() throws IOException {
    List<long[]> doubled = runs(1_000, 2 * BASE_RATE, 9_000);
    List<String> report = new ArrayList<>();
    for (int mode = 0; mode < 3; mode++) {
      long median = median(doubled, mode);
      report.add(String.format(Locale.ROOT, "error rate 1%% -> 2%%, checked after %s: detected in %.1f%% of %d runs;"
          + " median delay %d requests (%d canary requests)", MODES[mode], 100 * rejected(doubled, mode),
          doubled.size(), median, Math.round(median * SHARE)));
    }
    write("doubled", report);

    assertThat(rejected(doubled, 0)).isGreaterThanOrEqualTo(0.99);
    assertThat(median(doubled, 0)).isLessThan(median(doubled, 1)).isLessThan(12_000);
    assertThat(median(doubled, 2)).isEqualTo(10_000);
  }

  private static synchronized void write(String part, List<String> lines) throws IOException {
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.write(target.resolve("sequential-simulation-" + part + ".txt"), lines);
  }
}
