package dev.modelgate.core.internal.run;

import dev.modelgate.core.Champion;
import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.ChampionSource;
import dev.modelgate.core.DifferentTestSetsException;
import dev.modelgate.core.Gate;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.PipelineResult;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.RegistryAction;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.RunRequest;
import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.RegisterRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One gate run: layer 1, the registry, layer 2, the alias move, the tags, layer 3, in the order
 * {@code GateRun} documents. Not thread-safe: one instance per run, used once.
 */
public final class RunFlow {

  private static final String CANDIDATE = "candidate";

  private final Gate gate;
  private final Clock clock;
  private final RunRequest request;
  private final RegistrySteps steps;
  private final Instant startedAt;
  private @Nullable String candidateVersion;
  private @Nullable String championVersion;
  private ChampionSource championSource = ChampionSource.NOT_READ;

  private RunFlow(Gate gate, Clock clock, ModelRegistry registry, String actor, RunRequest request) {
    this.gate = gate;
    this.clock = clock;
    this.request = request;
    this.steps = new RegistrySteps(registry, request.model(), actor);
    this.startedAt = clock.instant();
  }

  /**
   * Runs every layer for {@code request}.
   *
   * @throws DifferentTestSetsException if the request's champion is on another test set
   */
  public static GateRunReport run(Gate gate, Clock clock, ModelRegistry registry, String actor, RunRequest request) {
    Champion given = request.champion();
    if (given != null && !given.evaluation().sameTestSet(request.candidate().evaluation())) {
      throw new DifferentTestSetsException(
          given.evaluation().testSetFingerprint(), request.candidate().evaluation().testSetFingerprint());
    }
    return new RunFlow(gate, clock, registry, actor, request).run();
  }

  private GateRunReport run() {
    RegistrationVerdict registration = gate.registration(request.candidate());
    if (!registration.registered()) {
      return rejected(registration);
    }
    String model = request.model();
    String version;
    Optional<String> seen;
    ChampionLookup lookup;
    try {
      version = steps.register(registerRequest(registration)).version();
      candidateVersion = version;
      moveCandidateAlias(version);
      seen = steps.readAlias(ChampionLookup.CHAMPION);
      championVersion = seen.orElse(null);
      lookup = ChampionLookup.find(model, request.champion(), seen, request.candidate().evaluation(), steps);
    } catch (StepFailed failed) {
      return notCompared(registration, RunOutcome.REGISTRY_FAILED, RunSummaries.registryFailed(failed.detail()));
    }
    championVersion = lookup.version();
    championSource = lookup.source();
    RunOutcome refusal = lookup.refusal();
    if (refusal != null) {
      return notCompared(registration, refusal, String.valueOf(lookup.reason()));
    }
    ChampionChallengerVerdict decided =
        gate.championChallenger(registration, request.candidate().withVersion(version), lookup.champion());
    if (!decided.promoted()) {
      return concluded(registration, decided, RunOutcome.HELD, RunSummaries.held(model, version, championVersion));
    }
    try {
      steps.moveAlias(ChampionLookup.CHAMPION, seen, version);
    } catch (AliasConflictException conflict) {
      String summary = RunSummaries.championMoved(model, version, conflict);
      return concluded(registration, HeldVerdicts.overruled(decided, summary), RunOutcome.CHAMPION_MOVED, summary);
    } catch (StepFailed failed) {
      String summary = RunSummaries.registryFailed(failed.detail());
      return finish(registration, HeldVerdicts.overruled(decided, summary), RunOutcome.REGISTRY_FAILED, summary);
    }
    return concluded(
        registration, decided, RunOutcome.PROMOTED, RunSummaries.promoted(model, version, seen.orElse(null)));
  }

  private GateRunReport rejected(RegistrationVerdict registration) {
    Champion given = request.champion();
    if (given != null) {
      championVersion = given.version();
      championSource = ChampionSource.CALLER;
    }
    ChampionChallengerVerdict held = gate.championChallenger(registration, given);
    return finish(registration, held, RunOutcome.REJECTED, RunSummaries.rejected(request.model()));
  }

  private RegisterRequest registerRequest(RegistrationVerdict registration) {
    RegisterRequest.Builder builder =
        RegisterRequest.builder()
            .model(request.model())
            .source(request.source())
            .description(request.description())
            .evaluation(request.candidate().evaluation())
            .tags(RunTags.registration(request, registration));
    String runId = request.runId();
    if (runId != null) {
      builder.runId(runId);
    }
    return builder.build();
  }

  /** Points {@code candidate} at the new version; a concurrent move is recorded and tolerated. */
  private void moveCandidateAlias(String version) throws StepFailed {
    Optional<String> current = steps.readAlias(CANDIDATE);
    try {
      steps.moveAlias(CANDIDATE, current, version);
    } catch (AliasConflictException tolerated) {
      // recorded as a conflict: another run registered a newer candidate meanwhile
    }
  }

  /** A hold without comparison; the registry is tagged unless it is what failed. */
  private GateRunReport notCompared(RegistrationVerdict registration, RunOutcome outcome, String summary) {
    ChampionChallengerVerdict held =
        HeldVerdicts.notCompared(registration, candidateVersion, championVersion, summary, clock.instant());
    return outcome == RunOutcome.REGISTRY_FAILED
        ? finish(registration, held, outcome, summary)
        : concluded(registration, held, outcome, summary);
  }

  /** Tags the candidate's version with the decisions, then finishes. */
  private GateRunReport concluded(
      RegistrationVerdict registration, ChampionChallengerVerdict verdict, RunOutcome outcome, String summary) {
    if (candidateVersion != null) {
      steps.tag(candidateVersion, RunTags.decisions(outcome, verdict, championVersion));
    }
    return finish(registration, verdict, outcome, summary);
  }

  /** Layer 3 and the report. */
  private GateRunReport finish(
      RegistrationVerdict registration, ChampionChallengerVerdict verdict, RunOutcome outcome, String summary) {
    PipelineResult pipeline = gate.pipeline(verdict);
    List<RegistryAction> actions = steps.actions();
    return new GateRunReport(
        outcome,
        summary,
        request.source(),
        request.runId(),
        candidateVersion,
        championVersion,
        championSource,
        registration,
        verdict,
        pipeline,
        actions,
        startedAt,
        clock.instant());
  }
}
