package dev.modelgate.core.internal.policy;

import dev.modelgate.core.Confidence;
import dev.modelgate.metrics.paired.IntervalMethod;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code championChallenger.confidence} and its optional {@code bootstrap} settings: a level
 * strictly between 0 and 1, at most {@value Confidence#MAX_RESAMPLES} resamples, any seed, method
 * {@code percentile} or {@code bca}. Bootstrap settings without a confidence are a problem: they
 * would be ignored. Not thread-safe.
 */
final class ConfidenceReader {

  private final Findings findings;

  ConfidenceReader(Findings findings) {
    this.findings = findings;
  }

  /** The confidence written in {@code gate}; null when there is none or it has problems (recorded). */
  @Nullable Confidence read(Fields gate) {
    Node levelNode = gate.get(Keys.CONFIDENCE);
    Node bootstrapNode = gate.get(Keys.BOOTSTRAP);
    if (levelNode == null) {
      if (bootstrapNode != null) {
        findings.add(bootstrapNode.at(), gate.path(Keys.BOOTSTRAP), FileMessages.bootstrapWithoutConfidence());
      }
      return null;
    }
    int mark = findings.count();
    BigDecimal level = Values.number(levelNode, gate.path(Keys.CONFIDENCE), findings);
    if (level != null && (level.signum() <= 0 || level.compareTo(BigDecimal.ONE) >= 0)) {
      findings.add(levelNode.at(), gate.path(Keys.CONFIDENCE), FileMessages.notALevel(level));
    }
    int resamples = Confidence.DEFAULT_RESAMPLES;
    long seed = Confidence.DEFAULT_SEED;
    IntervalMethod method = Confidence.DEFAULT_METHOD;
    Fields bootstrap =
        bootstrapNode == null ? null : Fields.of(bootstrapNode, gate.path(Keys.BOOTSTRAP), Keys.BOOTSTRAP_FIELDS, findings);
    if (bootstrap != null) {
      resamples = resamples(bootstrap, resamples);
      Node seedNode = bootstrap.get(Keys.SEED);
      Long written = seedNode == null ? null : Values.wholeNumber(seedNode, bootstrap.path(Keys.SEED), findings);
      seed = written == null ? seed : written;
      method = method(bootstrap, method);
    }
    if (findings.since(mark) || level == null) {
      return null;
    }
    return new Confidence(level, resamples, seed, method);
  }

  private int resamples(Fields bootstrap, int fallback) {
    Node node = bootstrap.get(Keys.RESAMPLES);
    Long value = node == null ? null : Values.wholeNumber(node, bootstrap.path(Keys.RESAMPLES), findings);
    if (node == null || value == null) {
      return fallback;
    }
    if (value < 1) {
      findings.add(node.at(), bootstrap.path(Keys.RESAMPLES), FileMessages.notPositive(value));
      return fallback;
    }
    if (value > Confidence.MAX_RESAMPLES) {
      findings.add(node.at(), bootstrap.path(Keys.RESAMPLES), FileMessages.tooLarge(Confidence.MAX_RESAMPLES, value));
      return fallback;
    }
    return value.intValue();
  }

  private IntervalMethod method(Fields bootstrap, IntervalMethod fallback) {
    Node node = bootstrap.get(Keys.METHOD);
    String text = node == null ? null : Values.text(node, bootstrap.path(Keys.METHOD), false, findings);
    if (node == null || text == null) {
      return fallback;
    }
    if (!Keys.BOOTSTRAP_METHODS.contains(text)) {
      findings.add(node.at(), bootstrap.path(Keys.METHOD), FileMessages.notAChoice(Keys.BOOTSTRAP_METHODS, FileMessages.found(node)));
      return fallback;
    }
    return Keys.bootstrapMethod(text);
  }
}
