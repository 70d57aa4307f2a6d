package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.canary.SimulatedTraffic.Behaviour;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded simulations of the sequential tests (α = 0.05) against the fixed-window rule of the
 * default policy, on the traffic of {@link CanarySimulationTest} (80/20, one-minute windows, five
 * windows to pass, the local router and the in-process recorder; each policy reads the same
 * requests for a given seed): the false-rollback rate of healthy canaries, and how many requests a
 * doubled error rate (1 % → 2 %) or a doubled share of requests over the SLO (1 % → 2 % over
 * 160 ms, the baseline's p99) takes to roll back. Writes the figures to {@code
 * target/canary-sequential-simulation.txt}.
 */
class CanarySequentialSimulationTest {

  private static final Duration SLO = Duration.ofMillis(160);
  /** The baseline with 2 % of requests over the SLO instead of 1 %: sigma = ln(160/50) / z(0.98). */
  private static final Behaviour SLOW_TAIL = new Behaviour(0.01, 50, Math.log(3.2) / 2.0537489, 0);
  private static final CanaryGate FIXED = CanaryGate.defaults();
  private static final CanaryGate SEQUENTIAL =
      CanaryGate.builder().clearChecks().errorRateSequential(0.05).latencySequential(SLO, 0.05).build();
  private static final CanaryGate BOTH =
      CanaryGate.builder().errorRateSequential(0.05).latencySequential(SLO, 0.05).build();
  private static final List<String> REPORT = new ArrayList<>();

  private record Outcome(CanaryDecision decision, int windows, long canaryRequests, boolean sequential) {}

  private static Outcome simulate(CanaryGate gate, Behaviour canary, long seed, int requestsPerMinute) {
    TestClock clock = new TestClock();
    LocalTrafficRouter router = LocalTrafficRouter.random("sim", new SplittableRandom(seed));
    InProcessCanaryRecorder recorder =
        InProcessCanaryRecorder.builder(clock).scoreSample(2_000, seed).countRequestsOver(SLO).build();
    SimulatedTraffic traffic =
        new SimulatedTraffic(clock, router, recorder, Behaviour.baseline(), canary, seed * 31 + 7, requestsPerMinute);
    CanaryVerdict verdict = CanaryAnalysis.builder().gate(gate).model("sim", "2", "1").router(router)
        .metrics(recorder).clock(clock).waiter(traffic.waiter()).build().run();
    return new Outcome(verdict.decision(), verdict.windows().size(), traffic.canaryRequests(),
        verdict.reasons().get(0).startsWith("sequential test"));
  }

  private static List<Outcome> runs(CanaryGate gate, int count, Behaviour canary, int requestsPerMinute) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int run = 0; run < count; run++) {
      outcomes.add(simulate(gate, canary, 1_000 + run, requestsPerMinute));
    }
    return outcomes;
  }

  private static double rolledBack(List<Outcome> outcomes) {
    return outcomes.stream().filter(o -> o.decision() == CanaryDecision.ROLLBACK).count() / (double) outcomes.size();
  }

  /** The median requests (both models) until the rollback, a run that was not rolled back counting as never. */
  private static long medianRequests(List<Outcome> outcomes, int requestsPerMinute) {
    long[] requests = outcomes.stream()
        .mapToLong(o -> o.decision() == CanaryDecision.ROLLBACK ? (long) o.windows() * requestsPerMinute : Long.MAX_VALUE)
        .sorted().toArray();
    return requests[requests.length / 2];
  }

  private static long medianCanaryRequests(List<Outcome> outcomes) {
    long[] requests = outcomes.stream()
        .mapToLong(o -> o.decision() == CanaryDecision.ROLLBACK ? o.canaryRequests() : Long.MAX_VALUE)
        .sorted().toArray();
    return requests[requests.length / 2];
  }

  private static String detection(String name, List<Outcome> outcomes, int requestsPerMinute) {
    long median = medianRequests(outcomes, requestsPerMinute);
    String delay = median == Long.MAX_VALUE
        ? "median delay not reached (fewer than half rolled back)"
        : String.format(Locale.ROOT, "median delay %d requests (%d canary requests)", median,
            medianCanaryRequests(outcomes));
    return String.format(Locale.ROOT, "%s: rolled back %.1f%% of %d runs; %s", name, 100 * rolledBack(outcomes),
        outcomes.size(), delay);
  }

  @Test
  void should_falsely_roll_back_at_most_alpha_of_healthy_canaries() throws IOException {
    List<Outcome> sequential = runs(SEQUENTIAL, 1_000, Behaviour.baseline(), 2_000);

    REPORT.add(String.format(Locale.ROOT, "healthy canary, 2000 requests/min, sequential tests only (errors and"
        + " requests over 160 ms, alpha 0.05 each): false rollbacks %.1f%% of %d runs", 100 * rolledBack(sequential),
        sequential.size()));
    write();
    assertThat(rolledBack(sequential)).isLessThanOrEqualTo(0.05);
  }

  @Test
  void should_roll_back_a_doubled_error_rate_sooner_than_the_fixed_window_rule() throws IOException {
    Behaviour doubled = Behaviour.baseline().withErrorRate(0.02);
    List<Outcome> fixedLow = runs(FIXED, 200, doubled, 2_000);
    List<Outcome> bothLow = runs(BOTH, 200, doubled, 2_000);
    List<Outcome> fixedHigh = runs(FIXED, 100, doubled, 10_000);
    List<Outcome> bothHigh = runs(BOTH, 100, doubled, 10_000);

    REPORT.add(detection("error rate 1% -> 2%, 2000 requests/min, fixed-window rule (defaults)", fixedLow, 2_000));
    REPORT.add(detection("error rate 1% -> 2%, 2000 requests/min, defaults + sequential", bothLow, 2_000));
    REPORT.add(detection("error rate 1% -> 2%, 10000 requests/min, fixed-window rule (defaults)", fixedHigh, 10_000));
    REPORT.add(detection("error rate 1% -> 2%, 10000 requests/min, defaults + sequential", bothHigh, 10_000));
    write();
    assertThat(rolledBack(bothLow)).isGreaterThan(rolledBack(fixedLow) + 0.3);
    assertThat(medianRequests(bothHigh, 10_000)).isLessThan(medianRequests(fixedHigh, 10_000));
  }

  @Test
  void should_roll_back_a_doubled_share_of_requests_over_the_slo() throws IOException {
    List<Outcome> fixed = runs(FIXED, 200, SLOW_TAIL, 2_000);
    List<Outcome> sequential = runs(BOTH, 200, SLOW_TAIL, 2_000);

    REPORT.add(detection("requests over 160 ms 1% -> 2%, 2000 requests/min, fixed-window rule (defaults)", fixed,
        2_000));
    REPORT.add(detection("requests over 160 ms 1% -> 2%, 2000 requests/min, defaults + sequential", sequential, 2_000));
    write();
    assertThat(rolledBack(sequential)).isGreaterThan(rolledBack(fixed));
  }

  private static synchronized void write() throws IOException {
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.write(target.resolve("canary-sequential-simulation.txt"), REPORT);
  }
}
