package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.canary.SimulatedTraffic.Behaviour;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded simulations of the default canary policy (80/20, five one-minute windows) on simulated
 * traffic through the local router and the in-process recorder: how often a healthy canary is
 * rolled back, and how fast a degraded one is caught. Writes the figures to {@code
 * target/canary-simulation.txt}.
 */
class CanarySimulationTest {

  private static final int HEALTHY_RUNS = 300;
  private static final int DEGRADED_RUNS = 100;
  private static final List<String> REPORT = new ArrayList<>();

  private record Outcome(CanaryDecision decision, int windows, long canaryRequests) {}

  private static Outcome simulate(CanaryGate gate, Behaviour canary, long seed, int requestsPerMinute) {
    TestClock clock = new TestClock();
    LocalTrafficRouter router = LocalTrafficRouter.random("sim", new SplittableRandom(seed));
    InProcessCanaryRecorder recorder = InProcessCanaryRecorder.builder(clock).scoreSample(2_000, seed).build();
    SimulatedTraffic traffic =
        new SimulatedTraffic(clock, router, recorder, Behaviour.baseline(), canary, seed * 31 + 7, requestsPerMinute);
    CanaryVerdict verdict = CanaryAnalysis.builder().gate(gate).model("sim", "2", "1").router(router)
        .metrics(recorder).clock(clock).waiter(traffic.waiter()).build().run();
    return new Outcome(verdict.decision(), verdict.windows().size(), traffic.canaryRequests());
  }

  private static List<Outcome> runs(int count, Behaviour canary, int requestsPerMinute) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int run = 0; run < count; run++) {
      outcomes.add(simulate(CanaryGate.defaults(), canary, 1_000 + run, requestsPerMinute));
    }
    return outcomes;
  }

  private static double rolledBack(List<Outcome> outcomes) {
    return outcomes.stream().filter(o -> o.decision() == CanaryDecision.ROLLBACK).count() / (double) outcomes.size();
  }

  private static String detection(String name, List<Outcome> outcomes) {
    List<Outcome> caught = outcomes.stream().filter(o -> o.decision() == CanaryDecision.ROLLBACK).toList();
    double windows = caught.stream().mapToInt(Outcome::windows).average().orElse(Double.NaN);
    double requests = caught.stream().mapToLong(Outcome::canaryRequests).average().orElse(Double.NaN);
    return String.format(Locale.ROOT, "%s: rolled back %.1f%% of %d runs, after %.2f windows and %.0f canary requests"
        + " on average", name, 100 * rolledBack(outcomes), outcomes.size(), windows, requests);
  }

  @Test
  void should_rarely_roll_back_a_healthy_canary() throws IOException {
    List<Outcome> healthy = runs(HEALTHY_RUNS, Behaviour.baseline(), 2_000);

    REPORT.add(String.format(Locale.ROOT, "healthy canary, 2000 requests/min: false rollbacks %.1f%% of %d runs",
        100 * rolledBack(healthy), healthy.size()));
    write();
    assertThat(rolledBack(healthy)).isLessThanOrEqualTo(0.02);
  }

  @Test
  void should_catch_a_fifty_percent_slower_p99_within_the_first_windows() throws IOException {
    List<Outcome> slow = runs(DEGRADED_RUNS, Behaviour.baseline().withP99Times(1.5), 2_000);

    REPORT.add(detection("p99 +50%, 2000 requests/min", slow));
    write();
    assertThat(rolledBack(slow)).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void should_catch_a_doubled_error_rate() throws IOException {
    List<Outcome> low = runs(DEGRADED_RUNS, Behaviour.baseline().withErrorRate(0.02), 2_000);
    List<Outcome> high = runs(DEGRADED_RUNS / 2, Behaviour.baseline().withErrorRate(0.02), 10_000);

    REPORT.add(detection("error rate 1% -> 2%, 2000 requests/min", low));
    REPORT.add(detection("error rate 1% -> 2%, 10000 requests/min", high));
    write();
    assertThat(rolledBack(high)).isGreaterThan(rolledBack(low));
  }

  private static void write() throws IOException {
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.write(target.resolve("canary-simulation.txt"), REPORT);
  }
}
