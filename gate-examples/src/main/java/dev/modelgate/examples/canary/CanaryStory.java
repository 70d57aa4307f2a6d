package dev.modelgate.examples.canary;

import dev.modelgate.core.canary.CanaryGate;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sentences the canary examples print about the policy and the simulation. Stateless. */
public final class CanaryStory {

  /** What is real and what is simulated. */
  public static final String SIMULATION = "Real HTTP on 127.0.0.1, simulated time: " + LocalCanary.REQUESTS_PER_MINUTE
      + " requests per simulated minute replay the test set's applicants; latency is the servers' simulated"
      + " service time; PSI compares the models' decisions (the share declined), as two models' scores are on"
      + " different scales.";

  private CanaryStory() {}

  /**
   * The canary gate in one sentence: "canary gate: steps 20% (80/20), 60 s windows, 5 passing
   * windows per step, rollback at 2 failed windows (cumulative), at least 100 requests per model and
   * window, rollback at 3 inconclusive windows".
   */
  public static String policy(CanaryGate gate) {
    String steps = gate.steps().stream().map(s -> s + "%").collect(Collectors.joining(" -> "));
    String split = gate.steps().size() == 1 ? " (" + (100 - gate.steps().get(0)) + "/" + gate.steps().get(0) + ")" : "";
    return "canary gate: steps " + steps + split + ", " + gate.intervalSeconds() + " s windows, "
        + gate.windowsPerStep() + " passing windows per step, rollback at " + gate.failureLimit()
        + " failed windows (" + gate.failureCounting().name().toLowerCase(Locale.ROOT) + "), at least "
        + gate.minRequests() + " requests per model and window, " + gate.onInconclusive().name().toLowerCase(Locale.ROOT)
        + " at " + gate.inconclusiveLimit() + " inconclusive windows";
  }
}
