package dev.modelgate.core.internal.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.Layer;
import dev.modelgate.core.PipelineVerdict;
import dev.modelgate.core.PromotionDecision;
import dev.modelgate.core.RegistrationDecision;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.Verdict;
import dev.modelgate.core.VerdictContext;
import dev.modelgate.core.internal.json.JsonShapeException;

/**
 * A verdict as JSON, without what its document's {@link Header} holds, and back.
 *
 * <p>Every verdict starts with {@code layer, decision, decidedAt, candidateVersion,
 * championVersion}, then: registration {@code reasons, checks, anyOf, candidate, intervals}
 * ({@code intervals} since format 2, optional: absent reads as null);
 * champion–challenger {@code registration, reasons, checks, candidate, champion, paired} ({@code
 * paired} since format 2); pipeline {@code championChallenger, reasons}. Stateless and thread-safe.
 */
final class VerdictNodes {

  private static final String[] COMMON = {"layer", "decision", "decidedAt", "candidateVersion", "championVersion"};

  private VerdictNodes() {}

  static ObjectNode write(Verdict verdict) {
    ObjectNode node = ReportNodes.object();
    VerdictContext context = verdict.context();
    node.put("layer", verdict.layer().name());
    node.put("decision", verdict.decisionName());
    node.put("decidedAt", context.decidedAt().toString());
    node.put("candidateVersion", context.model().candidateVersion());
    node.put("championVersion", context.model().championVersion());
    if (verdict instanceof RegistrationVerdict registration) {
      node.set("reasons", ReportNodes.texts(registration.reasons()));
      node.set("checks", CheckNodes.checks(registration.checks()));
      node.set("anyOf", CheckNodes.anyOf(registration.anyOf()));
      node.set("candidate", ReportNodes.evaluation(registration.candidate()));
      node.set("intervals", ModelIntervalsNodes.write(registration.intervals()));
    } else if (verdict instanceof ChampionChallengerVerdict comparison) {
      node.put("registration", comparison.registration().name());
      node.set("reasons", ReportNodes.texts(comparison.reasons()));
      node.set("checks", CheckNodes.checks(comparison.checks()));
      node.set("candidate", ReportNodes.evaluation(comparison.candidate()));
      node.set("champion", ReportNodes.evaluation(comparison.champion()));
      node.set("paired", PairedNodes.write(comparison.paired()));
    } else if (verdict instanceof PipelineVerdict pipeline) {
      node.put("championChallenger", pipeline.championChallenger().name());
      node.set("reasons", ReportNodes.texts(pipeline.reasons()));
    }
    return node;
  }

  /** The verdict in {@code o}, of whichever layer it names. */
  static Verdict read(ReportObject o, Header header) {
    Layer layer = o.enumValue("layer", Layer.class);
    return switch (layer) {
      case REGISTRATION -> registration(o, header);
      case CHAMPION_CHALLENGER -> championChallenger(o, header);
      case PIPELINE -> pipeline(o, header);
    };
  }

  /** The verdict in {@code o}, which must be of {@code layer}. */
  static Verdict read(ReportObject o, Header header, Layer layer) {
    Layer found = o.enumValue("layer", Layer.class);
    if (found != layer) {
      throw new JsonShapeException(ReportProblems.wrongLayer(o.path(), found.name(), layer.name()));
    }
    return read(o, header);
  }

  private static RegistrationVerdict registration(ReportObject o, Header header) {
    // format 2 added "intervals", optional: reports written before it have no such key
    boolean intervals = header.formatVersion() >= 2 && o.tree().has("intervals");
    if (intervals) {
      expect(o, "reasons", "checks", "anyOf", "candidate", "intervals");
    } else {
      expect(o, "reasons", "checks", "anyOf", "candidate");
    }
    ReportObject shown = intervals ? o.nullableObject("intervals") : null;
    return new RegistrationVerdict(
        o.enumValue("decision", RegistrationDecision.class),
        o.evaluation("candidate"),
        CheckNodes.checks(o, "checks"),
        CheckNodes.anyOf(o, "anyOf"),
        o.texts("reasons"),
        context(o, header),
        shown == null ? null : ModelIntervalsNodes.read(shown));
  }

  private static ChampionChallengerVerdict championChallenger(ReportObject o, Header header) {
    boolean paired = header.formatVersion() >= 2;
    if (paired) {
      expect(o, "registration", "reasons", "checks", "candidate", "champion", "paired");
    } else {
      expect(o, "registration", "reasons", "checks", "candidate", "champion");
    }
    ReportObject intervals = paired ? o.nullableObject("paired") : null;
    return new ChampionChallengerVerdict(
        o.enumValue("decision", PromotionDecision.class),
        o.enumValue("registration", RegistrationDecision.class),
        o.evaluation("candidate"),
        o.nullableEvaluation("champion"),
        CheckNodes.checks(o, "checks"),
        o.texts("reasons"),
        context(o, header),
        intervals == null ? null : PairedNodes.read(intervals));
  }

  private static PipelineVerdict pipeline(ReportObject o, Header header) {
    expect(o, "championChallenger", "reasons");
    return new PipelineVerdict(
        o.enumValue("decision", DeployDecision.class),
        o.enumValue("championChallenger", PromotionDecision.class),
        o.texts("reasons"),
        context(o, header));
  }

  private static void expect(ReportObject o, String... specific) {
    String[] fields = new String[COMMON.length + specific.length];
    System.arraycopy(COMMON, 0, fields, 0, COMMON.length);
    System.arraycopy(specific, 0, fields, COMMON.length, specific.length);
    o.expect(fields);
  }

  private static VerdictContext context(ReportObject o, Header header) {
    return header.context(o.nullableText("candidateVersion"), o.nullableText("championVersion"), o.instant("decidedAt"));
  }
}
