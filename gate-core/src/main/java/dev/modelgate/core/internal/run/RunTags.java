package dev.modelgate.core.internal.run;

import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.FastTrack;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.RunRequest;
import dev.modelgate.core.internal.report.PolicyCodec;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The tags a gate run records on the candidate's version: at registration, what registered it;
 * after layer 2, what was decided. Stateless and thread-safe.
 */
public final class RunTags {

  /** {@code REGISTER}: the layer-1 decision. */
  public static final String REGISTRATION = "modelgate.registration";
  /** The policy's name. */
  public static final String POLICY = "modelgate.policy";
  /** The policy's SHA-256, as in the report's policy snapshot. */
  public static final String POLICY_SHA256 = "modelgate.policy-sha256";
  /** The test set's fingerprint. */
  public static final String TEST_SET = "modelgate.test-set";
  /** {@code true} when a fast-track policy decided. */
  public static final String FAST_TRACK = "modelgate.fast-track";
  /** Who approved the fast-track. */
  public static final String FAST_TRACK_APPROVER = "modelgate.fast-track.approver";
  /** Why the fast-track was needed. */
  public static final String FAST_TRACK_REASON = "modelgate.fast-track.reason";
  /** {@code PROMOTE} or {@code HOLD}: the layer-2 decision, after a refused promotion too. */
  public static final String CHAMPION_CHALLENGER = "modelgate.champion-challenger";
  /** {@code DEPLOY} or {@code SKIP}: the layer-3 decision. */
  public static final String PIPELINE = "modelgate.pipeline";
  /** The run's outcome, such as {@code PROMOTED} or {@code STALE_CHAMPION}. */
  public static final String OUTCOME = "modelgate.outcome";
  /** The champion compared with (or refused), when there was one. */
  public static final String CHAMPION_VERSION = "modelgate.champion-version";
  /** When layer 2 decided, ISO-8601 UTC. */
  public static final String DECIDED_AT = "modelgate.decided-at";

  private RunTags() {}

  /** The request's tags and the gate's registration tags. */
  static Map<String, String> registration(RunRequest request, RegistrationVerdict registration) {
    Map<String, String> tags = new TreeMap<>(request.tags());
    tags.put(REGISTRATION, registration.decision().name());
    tags.put(POLICY, registration.context().policy().name());
    tags.put(POLICY_SHA256, PolicyCodec.sha256(registration.context().policy()));
    tags.put(TEST_SET, registration.context().testSetFingerprint());
    FastTrack fastTrack = registration.context().fastTrack();
    if (fastTrack != null) {
      tags.put(FAST_TRACK, "true");
      tags.put(FAST_TRACK_APPROVER, fastTrack.approver());
      tags.put(FAST_TRACK_REASON, fastTrack.reason());
    }
    return tags;
  }

  /** The decision tags: layers 2 and 3, the outcome, the champion, the time. */
  static Map<String, String> decisions(
      RunOutcome outcome, ChampionChallengerVerdict championChallenger, @Nullable String championVersion) {
    Map<String, String> tags = new TreeMap<>();
    tags.put(CHAMPION_CHALLENGER, championChallenger.decision().name());
    tags.put(PIPELINE, (championChallenger.promoted() ? DeployDecision.DEPLOY : DeployDecision.SKIP).name());
    tags.put(OUTCOME, outcome.name());
    if (championVersion != null) {
      tags.put(CHAMPION_VERSION, championVersion);
    }
    tags.put(DECIDED_AT, championChallenger.context().decidedAt().toString());
    return tags;
  }
}
