package dev.modelgate.core;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The evidence every verdict carries besides its checks: the policy that decided, the models, the
 * test set, the library version, the time, and the fast-track mark. Immutable and thread-safe.
 *
 * @param policy the policy that produced the verdict, as a value
 * @param model the model's name and the candidate's and champion's versions
 * @param testSetFingerprint {@code sha256:<hex>} of the test set the candidate was evaluated on
 * @param libraryVersion the ModelGate version that decided
 * @param decidedAt when the decision was made, from the gate's clock
 * @param fastTrack the policy's fast-track mark, null for a regular policy; always equal to the
 *     policy's
 */
public record VerdictContext(
    QualityPolicy policy,
    ModelIdentity model,
    String testSetFingerprint,
    String libraryVersion,
    Instant decidedAt,
    @Nullable FastTrack fastTrack) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code fastTrack} is not the policy's fast-track mark
   */
  public VerdictContext {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(testSetFingerprint, "testSetFingerprint");
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(decidedAt, "decidedAt");
    if (!Objects.equals(fastTrack, policy.fastTrack())) {
      throw new IllegalArgumentException(
          "fastTrack " + fastTrack + " is not the policy's fast-track " + policy.fastTrack());
    }
  }

  /** Whether a fast-track policy decided. */
  public boolean hasFastTrack() {
    return fastTrack != null;
  }
}
