package dev.modelgate.core;

import dev.modelgate.core.internal.gate.ChampionChallengerEvaluator;
import dev.modelgate.core.internal.gate.DecisionLog;
import dev.modelgate.core.internal.gate.PipelineEvaluator;
import dev.modelgate.core.internal.gate.RegistrationEvaluator;
import dev.modelgate.core.internal.paired.IntervalCalculator;
import dev.modelgate.core.internal.reason.MisuseReason;
import dev.modelgate.core.spi.DecisionPublisher;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link QualityPolicy}, layer by layer, and explains each decision in a verdict.
 *
 * <pre>{@code
 * Gate gate = Gate.of(policy, Clock.systemUTC());
 * RegistrationVerdict registration = gate.registration(Candidate.of("credit-risk", evaluation));
 * // register the candidate if registration.registered(), then:
 * ChampionChallengerVerdict comparison = gate.championChallenger(registration, champion); // null: first model
 * PipelineResult pipeline = gate.pipeline(comparison);
 * }</pre>
 *
 * <p>Each layer takes the verdict of the one before, so no layer can be skipped: a candidate
 * rejected at registration is held at layer 2 and skipped at layer 3. Verdicts carry the time from
 * the gate's {@link Clock}, the policy, the models, the test set and the library version, and every
 * decision is logged through SLF4J with key/value pairs. Immutable and thread-safe when its
 * publishers are.
 */
public final class Gate {

  private final QualityPolicy policy;
  private final Clock clock;
  private final List<DecisionPublisher> publishers;
  private final String libraryVersion;

  private Gate(QualityPolicy policy, Clock clock, List<DecisionPublisher> publishers, String libraryVersion) {
    this.policy = policy;
    this.clock = clock;
    this.publishers = List.copyOf(publishers);
    this.libraryVersion = libraryVersion;
  }

  /** A gate for {@code policy} reading time from {@code clock}, with no publishers. */
  public static Gate of(QualityPolicy policy, Clock clock) {
    return builder().policy(policy).clock(clock).build();
  }

  /** A builder of a gate. */
  public static GateBuilder builder() {
    return new GateBuilder();
  }

  /** The policy this gate runs. */
  public QualityPolicy policy() {
    return policy;
  }

  /**
   * Layer 1: whether {@code candidate} clears the registration gate. When the candidate carries
   * evidence ({@link Candidate#withEvidence}) the verdict also shows its confidence intervals
   * (95%, the default bootstrap: 10000 resamples, seed 42), for information only.
   */
  public RegistrationVerdict registration(Candidate candidate) {
    Evaluation evaluation = candidate.evaluation();
    ModelIdentity model = new ModelIdentity(candidate.model(), candidate.version(), null);
    PairedEvidence evidence = candidate.evidence();
    ModelIntervals intervals = evidence == null ? null : IntervalCalculator.single(evidence, Confidence.reported());
    RegistrationVerdict verdict =
        RegistrationEvaluator.evaluate(policy.registration(), evaluation, context(model, evaluation), intervals);
    DecisionLog.decided(verdict);
    return verdict;
  }

  /**
   * Layer 2 for the candidate of {@code registration}: whether it is strictly better than {@code
   * champion}, or, when {@code champion} is null, what the policy's first-model rule decides.
   *
   * @throws DifferentTestSetsException if the champion was evaluated on another test set
   * @throws IllegalArgumentException if {@code registration} was decided under another policy
   */
  public ChampionChallengerVerdict championChallenger(RegistrationVerdict registration, @Nullable Champion champion) {
    ModelIdentity model = registration.context().model();
    return championChallenger(
        registration, new Candidate(model.model(), model.candidateVersion(), registration.candidate()), champion);
  }

  /**
   * Layer 2 for {@code registered}, the candidate of {@code registration} now known by its registry
   * version: whether it is strictly better than {@code champion}, or, when {@code champion} is null,
   * what the policy's first-model rule decides.
   *
   * <p>When {@code champion} carries paired evidence ({@link PairedEvaluation#champion(String)}),
   * the verdict shows the confidence intervals of both models and of the improvement, and a policy
   * {@code withConfidence(0.95)} decides on them; without it such a policy holds.
   *
   * @throws DifferentTestSetsException if the champion or its evidence is of another test set
   * @throws IllegalArgumentException if {@code registration} was decided under another policy or
   *     for another model or evaluation than {@code registered}'s, or the champion's evidence is of
   *     other rows or predictions than the two evaluations
   */
  public ChampionChallengerVerdict championChallenger(
      RegistrationVerdict registration, Candidate registered, @Nullable Champion champion) {
    requireOwnPolicy("registration", registration);
    if (!registration.context().model().model().equals(registered.model())
        || !registration.candidate().equals(registered.evaluation())) {
      throw new IllegalArgumentException(MisuseReason.otherCandidate());
    }
    Evaluation candidate = registered.evaluation();
    ModelIdentity model =
        new ModelIdentity(registered.model(), registered.version(), champion == null ? null : champion.version());
    ChampionChallengerVerdict verdict =
        ChampionChallengerEvaluator.evaluate(
            policy.championChallenger(),
            registration.decision(),
            candidate,
            champion == null ? null : champion.evaluation(),
            champion == null ? null : champion.paired(),
            context(model, candidate));
    DecisionLog.decided(verdict);
    return verdict;
  }

  /**
   * Layer 3: DEPLOY exactly when {@code championChallenger} promoted, SKIP otherwise; then hands the
   * verdict to every publisher, reporting failures in the result.
   *
   * @throws IllegalArgumentException if {@code championChallenger} was decided under another policy
   */
  public PipelineResult pipeline(ChampionChallengerVerdict championChallenger) {
    requireOwnPolicy("champion-challenger", championChallenger);
    VerdictContext previous = championChallenger.context();
    VerdictContext context =
        new VerdictContext(
            policy, previous.model(), previous.testSetFingerprint(), libraryVersion, clock.instant(), policy.fastTrack());
    PipelineVerdict verdict = PipelineEvaluator.evaluate(championChallenger, context);
    DecisionLog.decided(verdict);
    return PipelineEvaluator.publish(verdict, publishers);
  }

  private VerdictContext context(ModelIdentity model, Evaluation candidate) {
    return new VerdictContext(
        policy, model, candidate.testSetFingerprint(), libraryVersion, clock.instant(), policy.fastTrack());
  }

  private void requireOwnPolicy(String layer, Verdict verdict) {
    if (!verdict.context().policy().equals(policy)) {
      throw new IllegalArgumentException(MisuseReason.otherPolicy(layer, policy.name()));
    }
  }

  /** The clock verdicts take their time from; a {@link GateRun} stamps its report with it too. */
  Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "Gate[policy=" + policy.name() + ", fastTrack=" + policy.hasFastTrack() + "]";
  }

  static Gate create(QualityPolicy policy, Clock clock, List<DecisionPublisher> publishers, String version) {
    return new Gate(
        Objects.requireNonNull(policy), Objects.requireNonNull(clock), publishers, Objects.requireNonNull(version));
  }
}
