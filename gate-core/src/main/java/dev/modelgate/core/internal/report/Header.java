package dev.modelgate.core.internal.report;

import dev.modelgate.core.ModelIdentity;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.VerdictContext;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What every verdict of one report document shares, written once at the top of the document: the
 * policy, the model's name, the test set and the library version; and the format version the
 * document is read in. Immutable.
 */
record Header(
    QualityPolicy policy, String model, String testSetFingerprint, String libraryVersion, long formatVersion) {

  static Header of(VerdictContext context) {
    return new Header(
        context.policy(), context.model().model(), context.testSetFingerprint(), context.libraryVersion(),
        ReportJson.FORMAT_VERSION);
  }

  /** The context of a verdict of this document. */
  VerdictContext context(@Nullable String candidateVersion, @Nullable String championVersion, Instant decidedAt) {
    return new VerdictContext(
        policy,
        new ModelIdentity(model, candidateVersion, championVersion),
        testSetFingerprint,
        libraryVersion,
        decidedAt,
        policy.fastTrack());
  }
}
