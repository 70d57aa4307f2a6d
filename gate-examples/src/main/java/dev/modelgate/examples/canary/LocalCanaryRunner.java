package dev.modelgate.examples.canary;

import dev.modelgate.core.canary.CanaryAnalysisBuilder;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.examples.training.GermanCreditModel;
import dev.modelgate.examples.training.GermanCreditModels;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs {@link CanaryScenario}s of the local canary: a champion and a candidate model, trained once
 * with Tribuo, each served fresh per run on loopback, and the fixed test set's 200 applicants
 * replayed as traffic. Each run prints its timeline and returns its {@link CanaryRun}. See the
 * package description for what is real and what is simulated. Not thread-safe: one run at a time.
 */
public final class LocalCanaryRunner {

  private final ApplicantScorer champion;
  private final ApplicantScorer candidate;
  private final List<String> applicants;
  private final CanaryGate gate;
  private final HttpClient client;

  private LocalCanaryRunner(ApplicantScorer champion, ApplicantScorer candidate, List<String> applicants,
      CanaryGate gate) {
    this.champion = champion;
    this.candidate = candidate;
    this.applicants = applicants;
    this.gate = gate;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(CanaryProxy.TIMEOUT_SECONDS)).build();
  }

  /**
   * A runner serving {@code champion} against {@code candidate}, both trained on {@code models},
   * judged by {@code gate}.
   */
  public static LocalCanaryRunner train(
      GermanCreditModels models, GermanCreditModel champion, GermanCreditModel candidate, CanaryGate gate) {
    Objects.requireNonNull(models, "models");
    List<String> applicants = new ArrayList<>();
    for (int row : models.split().testIndices()) {
      applicants.add(ApplicantCsv.write(models.data(), row));
    }
    return new LocalCanaryRunner(ApplicantScorer.train(models, champion), ApplicantScorer.train(models, candidate),
        List.copyOf(applicants), Objects.requireNonNull(gate, "gate"));
  }

  /** The canary gate every run applies. */
  public CanaryGate gate() {
    return gate;
  }

  /** The champion's model. */
  public GermanCreditModel champion() {
    return champion.model();
  }

  /** The candidate's model. */
  public GermanCreditModel candidate() {
    return candidate.model();
  }

  /**
   * Serves {@code scenario} with simulated time starting at {@code start}, runs {@code analysis}
   * on it (this runner adds the gate, the router, the metrics source, the clock, the waiter and a
   * timeline printed to {@code out}) and stops the servers.
   */
  public CanaryRun run(CanaryScenario scenario, Instant start, CanaryAnalysisBuilder analysis, PrintStream out) {
    try (LocalCanary canary = new LocalCanary(champion, candidate, scenario, applicants, gate, start, client)) {
      List<URI> endpoints = canary.endpoints();
      out.println("  serving front " + endpoints.get(0) + " -> champion " + endpoints.get(1) + ", canary "
          + endpoints.get(2));
      CanaryVerdict verdict = canary.run(analysis.gate(gate).listener(new CanaryTimeline(out, start)));
      return new CanaryRun(scenario, verdict, canary.requestsSent());
    }
  }
}
