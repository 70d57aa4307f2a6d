package dev.modelgate.core.internal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.ChampionSource;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.Layer;
import dev.modelgate.core.PipelineResult;
import dev.modelgate.core.PipelineVerdict;
import dev.modelgate.core.PublisherFailure;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.RegistryAction;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.internal.json.JsonShapeException;
import java.util.List;

/**
 * The body of a gate-run report, after {@code formatVersion} and {@code type}, and back; see
 * {@code docs/report-format.md} for every field. Stateless and thread-safe.
 */
final class RunNodes {

  static final String[] FIELDS = {
    "formatVersion", "type", "model", "outcome", "decision", "summary", "candidateVersion",
    "championVersion", "championSource", "source", "runId", "testSetFingerprint", "libraryVersion",
    "startedAt", "finishedAt", "registration", "championChallenger", "pipeline", "publisherFailures",
    "registryActions", "policy"
  };

  private RunNodes() {}

  static void write(GateRunReport report, ObjectNode node) {
    node.put("model", report.model());
    node.put("outcome", report.outcome().name());
    node.put("decision", report.decision().name());
    node.put("summary", report.summary());
    node.put("candidateVersion", report.candidateVersion());
    node.put("championVersion", report.championVersion());
    node.put("championSource", report.championSource().name());
    node.put("source", report.source().toString());
    node.put("runId", report.runId());
    node.put("testSetFingerprint", report.testSetFingerprint());
    node.put("libraryVersion", report.libraryVersion());
    node.put("startedAt", report.startedAt().toString());
    node.put("finishedAt", report.finishedAt().toString());
    node.set("registration", VerdictNodes.write(report.registration()));
    node.set("championChallenger", VerdictNodes.write(report.championChallenger()));
    node.set("pipeline", VerdictNodes.write(report.pipeline().verdict()));
    ArrayNode failures = node.putArray("publisherFailures");
    for (PublisherFailure failure : report.pipeline().failures()) {
      failures.addObject().put("publisher", failure.publisher()).put("reason", failure.reason());
    }
    ArrayNode actions = node.putArray("registryActions");
    report.registryActions().forEach(action -> actions.add(action(action)));
    node.set("policy", PolicyCodec.snapshot(report.policy()));
  }

  static GateRunReport read(ReportObject o) {
    o.expect(FIELDS);
    Header header =
        new Header(
            PolicyCodec.snapshot(o.object("policy")),
            o.text("model"),
            o.text("testSetFingerprint"),
            o.text("libraryVersion"),
            o.wholeNumber("formatVersion"));
    RegistrationVerdict registration =
        (RegistrationVerdict) VerdictNodes.read(o.object("registration"), header, Layer.REGISTRATION);
    ChampionChallengerVerdict championChallenger =
        (ChampionChallengerVerdict)
            VerdictNodes.read(o.object("championChallenger"), header, Layer.CHAMPION_CHALLENGER);
    PipelineVerdict pipeline = (PipelineVerdict) VerdictNodes.read(o.object("pipeline"), header, Layer.PIPELINE);
    List<PublisherFailure> failures =
        o.objects("publisherFailures").stream()
            .map(f -> f.expect("publisher", "reason"))
            .map(f -> new PublisherFailure(f.text("publisher"), f.text("reason")))
            .toList();
    List<RegistryAction> actions = o.objects("registryActions").stream().map(RunNodes::action).toList();
    GateRunReport report =
        new GateRunReport(
            o.enumValue("outcome", RunOutcome.class),
            o.text("summary"),
            o.uri("source"),
            o.nullableText("runId"),
            o.nullableText("candidateVersion"),
            o.nullableText("championVersion"),
            o.enumValue("championSource", ChampionSource.class),
            registration,
            championChallenger,
            new PipelineResult(pipeline, failures),
            actions,
            o.instant("startedAt"),
            o.instant("finishedAt"));
    String decision = o.text("decision");
    if (!decision.equals(report.decision().name())) {
      throw new JsonShapeException(
          ReportProblems.derivedMismatch(o.path(), "decision", decision, report.decision().name()));
    }
    return report;
  }

  private static ObjectNode action(RegistryAction action) {
    ObjectNode node = ReportNodes.object();
    node.put("step", action.step().name());
    node.put("alias", action.alias());
    node.put("from", action.from());
    node.put("version", action.version());
    node.put("outcome", action.outcome().name());
    node.put("detail", action.detail());
    node.set("tags", ReportNodes.textMap(action.tags()));
    return node;
  }

  private static RegistryAction action(ReportObject o) {
    o.expect("step", "alias", "from", "version", "outcome", "detail", "tags");
    return new RegistryAction(
        o.enumValue("step", RegistryAction.Step.class),
        o.nullableText("alias"),
        o.nullableText("from"),
        o.nullableText("version"),
        o.textMap("tags"),
        o.enumValue("outcome", RegistryAction.Outcome.class),
        o.text("detail"));
  }
}
