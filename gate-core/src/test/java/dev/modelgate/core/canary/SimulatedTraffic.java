package dev.modelgate.core.canary;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Seeded, simulated serving for the canary simulation: while the analysis waits, requests arrive
 * evenly at {@code requestsPerMinute}, the local router picks a model, and each model answers with
 * its error rate, a log-normal latency and a logistic score. Not thread-safe.
 */
final class SimulatedTraffic {

  /** How one model behaves: error rate, median latency, log-normal sigma, score shift. */
  record Behaviour(double errorRate, double medianMillis, double sigma, double scoreShift) {

    static Behaviour baseline() {
      return new Behaviour(0.01, 50, 0.5, 0);
    }

    /** The same median, and a p99 {@code factor} times the baseline's. */
    Behaviour withP99Times(double factor) {
      return new Behaviour(errorRate, medianMillis, sigma + Math.log(factor) / 2.3263478740408408, scoreShift);
    }

    Behaviour withErrorRate(double rate) {
      return new Behaviour(rate, medianMillis, sigma, scoreShift);
    }
  }

  private final TestClock clock;
  private final LocalTrafficRouter router;
  private final InProcessCanaryRecorder recorder;
  private final Behaviour champion;
  private final Behaviour canary;
  private final SplittableRandom random;
  private final Duration gap;
  private long canaryRequests;

  SimulatedTraffic(TestClock clock, LocalTrafficRouter router, InProcessCanaryRecorder recorder,
      Behaviour champion, Behaviour canary, long seed, int requestsPerMinute) {
    this.clock = clock;
    this.router = router;
    this.recorder = recorder;
    this.champion = champion;
    this.canary = canary;
    this.random = new SplittableRandom(seed);
    this.gap = Duration.ofNanos(60_000_000_000L / requestsPerMinute);
  }

  /** The waiter of the analysis: serves requests until {@code instant}, moving the clock. */
  CanaryWaiter waiter() {
    return this::serveUntil;
  }

  long canaryRequests() {
    return canaryRequests;
  }

  private void serveUntil(Instant instant) {
    while (clock.instant().plus(gap).compareTo(instant) <= 0) {
      clock.advance(gap);
      ModelRole role = router.route();
      Behaviour b = role == ModelRole.CANARY ? canary : champion;
      if (role == ModelRole.CANARY) {
        canaryRequests++;
      }
      double latency = b.medianMillis() * Math.exp(b.sigma() * gaussian());
      double score = 1 / (1 + Math.exp(-(gaussian() * 1.5 - 1 + b.scoreShift())));
      recorder.record(role, Duration.ofNanos((long) (latency * 1_000_000)), random.nextDouble() < b.errorRate(), score);
    }
    if (clock.instant().isBefore(instant)) {
      clock.advance(Duration.between(clock.instant(), instant));
    }
  }

  private double gaussian() {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
