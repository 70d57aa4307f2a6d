package dev.modelgate.core;

import dev.modelgate.core.internal.run.RunMessages;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything one {@link GateRun} decided and did for one candidate: how it ended, the verdict of
 * each layer, every call on the registry, and when. Written as stable JSON by {@code
 * dev.modelgate.core.report.Reports} and read back to an equal value. Immutable and thread-safe.
 *
 * <p>All three verdicts are always present: a run that stops early (a rejection, a stale champion,
 * a registry failure) still holds at layer 2 and skips at layer 3, with the reason in the
 * verdicts. The verdicts share one policy, model, test set and library version.
 *
 * @param outcome how the run ended
 * @param summary the outcome in plain words, naming versions and, for a failure, the error
 * @param source where the candidate's artifact is
 * @param runId the training run that produced the candidate; null when unknown
 * @param candidateVersion the version the registry assigned; null when the candidate was rejected
 *     or the registration failed
 * @param championVersion the champion compared with (or refused); null when there is none or it
 *     was not read
 * @param championSource where the champion's evaluation came from
 * @param registration the layer-1 verdict
 * @param championChallenger the layer-2 verdict
 * @param pipeline the layer-3 verdict and the outcome of publishing it
 * @param registryActions every call on the registry, in order; empty on a rejection
 * @param startedAt when the run started, from the gate's clock
 * @param finishedAt when the run finished, from the gate's clock
 */
public record GateRunReport(
    RunOutcome outcome,
    String summary,
    URI source,
    @Nullable String runId,
    @Nullable String candidateVersion,
    @Nullable String championVersion,
    ChampionSource championSource,
    RegistrationVerdict registration,
    ChampionChallengerVerdict championChallenger,
    PipelineResult pipeline,
    List<RegistryAction> registryActions,
    Instant startedAt,
    Instant finishedAt) {

  /**
   * Checks that the parts belong together.
   *
   * @throws IllegalArgumentException if the verdicts differ in policy, model, test set or library
   *     version, or layer 3 does not follow layer 2
   */
  public GateRunReport {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(championSource, "championSource");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(championChallenger, "championChallenger");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    registryActions = List.copyOf(registryActions);
    VerdictContext first = registration.context();
    for (Verdict later : List.of(championChallenger, pipeline.verdict())) {
      VerdictContext context = later.context();
      String layer = later.layer().name();
      requireSame(layer, "policy", context.policy(), first.policy());
      requireSame(layer, "model", context.model().model(), first.model().model());
      requireSame(layer, "test set", context.testSetFingerprint(), first.testSetFingerprint());
      requireSame(layer, "library version", context.libraryVersion(), first.libraryVersion());
    }
    if (pipeline.verdict().championChallenger() != championChallenger.decision()) {
      throw new IllegalArgumentException(
          RunMessages.pipelineDoesNotFollow(pipeline.verdict().championChallenger(), championChallenger.decision()));
    }
  }

  private static void requireSame(String layer, String part, Object actual, Object expected) {
    if (!actual.equals(expected)) {
      throw new IllegalArgumentException(RunMessages.inconsistentReport(layer, part));
    }
  }

  /** The model's name. */
  public String model() {
    return registration.context().model().model();
  }

  /** The policy that decided every layer. */
  public QualityPolicy policy() {
    return registration.context().policy();
  }

  /** The fingerprint of the test set the candidate was evaluated on. */
  public String testSetFingerprint() {
    return registration.context().testSetFingerprint();
  }

  /** The ModelGate version that decided. */
  public String libraryVersion() {
    return registration.context().libraryVersion();
  }

  /**
   * The decision to act on: {@code DEPLOY} only when the candidate was promoted and every publisher
   * published it; see {@link PipelineResult#effectiveDecision()}.
   */
  public DeployDecision decision() {
    return pipeline.effectiveDecision();
  }

  /** Whether the {@code champion} alias now points to the candidate. */
  public boolean promoted() {
    return outcome == RunOutcome.PROMOTED;
  }
}
