package dev.modelgate.core.internal.policy;

import dev.modelgate.core.ChampionChallengerGate;
import dev.modelgate.core.CostModel;
import dev.modelgate.core.FastTrack;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RegistrationGate;
import dev.modelgate.core.policy.PolicyFileException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a policy file: parses it into a tree with positions, walks every section collecting every
 * problem, and builds the {@link QualityPolicy} only when there is none. Stateless and
 * thread-safe; each read has its own state.
 */
public final class PolicyReader {

  private final Findings findings;

  private PolicyReader(Findings findings) {
    this.findings = findings;
  }

  /**
   * The policy written in {@code text}.
   *
   * @param source the file name that problems name
   * @throws PolicyFileException listing every problem of the file
   */
  public static QualityPolicy read(String text, FileFormat format, String source) {
    Findings findings = new Findings(source);
    QualityPolicy policy = parse(SourceText.withoutByteOrderMark(text), format, findings);
    findings.throwIfAny();
    return Objects.requireNonNull(policy);
  }

  /**
   * The policy written in the UTF-8 {@code bytes}.
   *
   * @throws PolicyFileException listing every problem of the file, such as bytes that are not UTF-8
   */
  public static QualityPolicy read(byte[] bytes, FileFormat format, String source) {
    Findings findings = new Findings(source);
    String text = SourceText.decode(bytes, findings);
    QualityPolicy policy = text == null ? null : parse(text, format, findings);
    findings.throwIfAny();
    return Objects.requireNonNull(policy);
  }

  private static @Nullable QualityPolicy parse(String text, FileFormat format, Findings findings) {
    Node root = TreeReader.read(text, format, findings);
    if (root == null) {
      return null;
    }
    if (!(root instanceof Node.Mapping mapping)) {
      findings.add(root.at(), "", FileMessages.notAPolicy(FileMessages.found(root)));
      return null;
    }
    return versionSupported(mapping, findings) ? new PolicyReader(findings).policy(mapping) : null;
  }

  /** False when the file declares another format version: nothing else in it is then checked. */
  private static boolean versionSupported(Node.Mapping root, Findings findings) {
    Node version = Fields.any(root, "", findings).require(Keys.API_VERSION);
    String text = version == null ? null : Values.text(version, Keys.API_VERSION, false, findings);
    if (text != null && !text.equals(Keys.V1)) {
      findings.add(Objects.requireNonNull(version).at(), Keys.API_VERSION, FileMessages.unsupportedVersion(text));
      return false;
    }
    return true;
  }

  private @Nullable QualityPolicy policy(Node.Mapping root) {
    Fields top = Objects.requireNonNull(Fields.of(root, "", Keys.TOP, findings));
    Node schema = top.get(Keys.SCHEMA);
    if (schema != null) {
      Values.text(schema, Keys.SCHEMA, false, findings);
    }
    String name = top.requireText(Keys.NAME);
    Node fastTrackNode = top.get(Keys.FAST_TRACK);
    FastTrack fastTrack = fastTrackNode == null ? null : fastTrack(fastTrackNode);
    MetricTable metrics = MetricTable.read(top.get(Keys.METRICS), findings);
    Node costsNode = top.get(Keys.COSTS);
    CostModel costs = costsNode == null ? null : CostsReader.read(costsNode, findings);
    Node registrationNode = top.require(Keys.REGISTRATION);
    RegistrationGate registration =
        registrationNode == null ? null : new RegistrationReader(metrics, findings).read(registrationNode);
    ChampionChallengerGate championChallenger =
        new ChampionChallengerReader(metrics, findings).read(top.get(Keys.CHAMPION_CHALLENGER), top.at());
    metrics.reportUnused();
    MetricTable.Use netBenefit = metrics.netBenefitUse();
    if (netBenefit != null && costsNode == null) {
      findings.add(
          netBenefit.at(),
          netBenefit.path(),
          netBenefit.byDefault() ? FileMessages.costsNeededByDefault() : FileMessages.costsNeeded());
    }
    if (findings.count() > 0) {
      return null;
    }
    return findings.build(
        () -> new QualityPolicy(
            Objects.requireNonNull(name),
            costs,
            Objects.requireNonNull(registration),
            Objects.requireNonNull(championChallenger),
            fastTrack),
        top.at(),
        "");
  }

  private @Nullable FastTrack fastTrack(Node node) {
    Fields fastTrack = Fields.of(node, Keys.FAST_TRACK, Keys.FAST_TRACK_FIELDS, findings);
    if (fastTrack == null) {
      return null;
    }
    String reason = fastTrack.requireText(Keys.REASON);
    String approver = fastTrack.requireText(Keys.APPROVER);
    return reason == null || approver == null
        ? null
        : findings.build(() -> new FastTrack(reason, approver), fastTrack.at(), fastTrack.path());
  }
}
