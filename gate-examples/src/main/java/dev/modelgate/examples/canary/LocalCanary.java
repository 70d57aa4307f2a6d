package dev.modelgate.examples.canary;

import dev.modelgate.core.canary.CanaryAnalysisBuilder;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.core.canary.InProcessCanaryRecorder;
import dev.modelgate.core.canary.LocalTrafficRouter;
import dev.modelgate.core.spi.CanaryMetrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One local canary, set up for one run: the champion's and the candidate's model servers, the
 * serving front with its {@link LocalTrafficRouter} (exactly the canary's share of every 100
 * requests, evenly spread) and {@link InProcessCanaryRecorder}, and the {@link LoadGenerator}
 * driving a {@link SimulatedClock} at {@value #REQUESTS_PER_MINUTE} requests a minute. Everything
 * listens on 127.0.0.1 and ephemeral ports, and {@link #close()} stops it all.
 *
 * <p>Real HTTP, simulated time: every request really goes from the generator through the front to
 * a model server and back, but time is the simulated clock's, moved one step per request, and the
 * latency recorded is the servers' simulated service time. The requests sent are bounded by the
 * gate's longest run ({@link CanaryGate#maxWindows()}) plus one window. The servers draw from fixed
 * seeds and requests go one at a time, so every run of a scenario gives the same windows. Not
 * thread-safe: one run at a time.
 */
final class LocalCanary implements AutoCloseable {

  /** The simulated rate of requests. */
  static final int REQUESTS_PER_MINUTE = 600;

  /** The seeds of the champion's and the candidate's servers, the same in every scenario. */
  static final long CHAMPION_SEED = 1;

  static final long CANARY_SEED = 2;

  /** The seed of the load generator's choice of applicants. */
  static final long TRAFFIC_SEED = 42;

  private final SimulatedClock clock;
  private final ModelServer championServer;
  private final ModelServer canaryServer;
  private final LocalTrafficRouter router;
  private final InProcessCanaryRecorder recorder;
  private final CanaryProxy front;
  private final LoadGenerator generator;
  private final CanaryMetrics metrics;

  LocalCanary(ApplicantScorer champion, ApplicantScorer candidate, CanaryScenario scenario, List<String> applicants,
      CanaryGate gate, Instant start, HttpClient client) {
    this.clock = new SimulatedClock(start);
    this.championServer = ModelServer.start(champion, ServingFault.none(), CHAMPION_SEED);
    ModelServer canary = null;
    CanaryProxy proxy = null;
    try {
      canary = ModelServer.start(candidate, scenario.fault(), CANARY_SEED);
      this.router = LocalTrafficRouter.counting(candidate.model().id());
      this.recorder = InProcessCanaryRecorder.builder(clock).build();
      proxy = CanaryProxy.start(router, recorder, championServer.uri(), canary.uri(), client);
    } catch (RuntimeException e) {
      championServer.close();
      if (canary != null) {
        canary.close();
      }
      throw e;
    }
    this.canaryServer = canary;
    this.front = proxy;
    Duration step = Duration.ofMinutes(1).dividedBy(REQUESTS_PER_MINUTE);
    long perWindow = gate.interval().toMillis() / step.toMillis();
    this.generator = new LoadGenerator(client, front.uri(), applicants, clock, step, (gate.maxWindows() + 1) * perWindow,
        TRAFFIC_SEED);
    this.metrics = scenario.outageFromWindow() > 0 ? new MetricsOutage(recorder, scenario.outageFromWindow()) : recorder;
  }

  /**
   * Runs {@code analysis} on this canary, adding its router, metrics source, clock and waiter, and
   * returns the verdict.
   */
  CanaryVerdict run(CanaryAnalysisBuilder analysis) {
    return analysis.router(router).metrics(metrics).clock(clock).waiter(generator.waiter()).build().run();
  }

  /** The simulated clock. */
  SimulatedClock clock() {
    return clock;
  }

  /** The requests the load generator sent. */
  long requestsSent() {
    return generator.sent();
  }

  /** The serving front clients send to, and the two model servers, for the timeline. */
  List<URI> endpoints() {
    return List.of(front.uri(), championServer.uri(), canaryServer.uri());
  }

  @Override
  public void close() {
    front.close();
    canaryServer.close();
    championServer.close();
  }
}
