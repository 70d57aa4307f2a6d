package dev.modelgate.core.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.AnyOf;
import dev.modelgate.core.ChampionChallengerGate;
import dev.modelgate.core.Confidence;
import dev.modelgate.core.CostModel;
import dev.modelgate.core.FastTrack;
import dev.modelgate.core.FirstModelRule;
import dev.modelgate.core.Guard;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RegistrationGate;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.internal.json.JsonShapeException;
import dev.modelgate.metrics.cost.BinaryCosts;
import dev.modelgate.metrics.paired.IntervalMethod;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link QualityPolicy} as the JSON definition a report snapshots, its canonical form and its
 * SHA-256; and back. Every part of the policy is written, defaults included, so that equal policies
 * have equal definitions and hashes; the exceptions are the canary gate, written only when it is
 * not {@link CanaryGate#defaults()}, and the champion–challenger gate's {@code confidence}, written
 * only when it is set, so that policies and reports from before layer 4 and before confidence keep
 * their hash. Stateless and thread-safe.
 */
public final class PolicyCodec {

  private PolicyCodec() {}

  /** The definition of {@code policy} in canonical form (see {@link Canonical}). */
  public static String canonicalJson(QualityPolicy policy) {
    return Canonical.json(definition(policy));
  }

  /** {@code sha256:<hex>} of the canonical definition of {@code policy}. */
  public static String sha256(QualityPolicy policy) {
    return Canonical.sha256(canonicalJson(policy));
  }

  /** The snapshot: {@code {"name", "sha256", "fastTrack", "definition"}}. */
  static ObjectNode snapshot(QualityPolicy policy) {
    ObjectNode definition = definition(policy);
    ObjectNode node = ReportNodes.object();
    node.put("name", policy.name());
    node.put("sha256", Canonical.sha256(Canonical.json(definition)));
    node.set("fastTrack", fastTrack(policy.fastTrack()));
    node.set("definition", definition);
    return node;
  }

  /** The policy of a snapshot, after checking its hash, name and fast-track against the definition. */
  static QualityPolicy snapshot(ReportObject o) {
    o.expect("name", "sha256", "fastTrack", "definition");
    ReportObject definition = o.object("definition");
    String computed = Canonical.sha256(Canonical.json(definition.tree()));
    String written = o.text("sha256");
    if (!written.equals(computed)) {
      throw new JsonShapeException(ReportProblems.policyHash(written, computed));
    }
    QualityPolicy policy = definition(definition);
    if (!o.text("name").equals(policy.name())) {
      throw new JsonShapeException(ReportProblems.derivedMismatch(o.path(), "name", o.text("name"), policy.name()));
    }
    if (!Objects.equals(fastTrack(o.nullableObject("fastTrack")), policy.fastTrack())) {
      throw new JsonShapeException(
          ReportProblems.derivedMismatch(o.path(), "fastTrack", String.valueOf(o.node("fastTrack")),
              String.valueOf(fastTrack(policy.fastTrack()))));
    }
    return policy;
  }

  static ObjectNode definition(QualityPolicy policy) {
    ObjectNode node = ReportNodes.object();
    node.put("name", policy.name());
    node.set("costs", costs(policy.costs()));
    node.set("registration", registration(policy.registration()));
    node.set("championChallenger", championChallenger(policy.championChallenger()));
    if (!policy.canary().equals(CanaryGate.defaults())) {
      node.set("canary", CanaryPolicyNodes.write(policy.canary()));
    }
    node.set("fastTrack", fastTrack(policy.fastTrack()));
    return node;
  }

  private static QualityPolicy definition(ReportObject o) {
    boolean canary = o.tree().has("canary");
    if (canary) {
      o.expect("name", "costs", "registration", "championChallenger", "canary", "fastTrack");
    } else {
      o.expect("name", "costs", "registration", "championChallenger", "fastTrack");
    }
    ReportObject costs = o.nullableObject("costs");
    return new QualityPolicy(
        o.text("name"),
        costs == null ? null : costs(costs),
        registration(o.object("registration")),
        championChallenger(o.object("championChallenger")),
        canary ? CanaryPolicyNodes.read(o.object("canary")) : CanaryGate.defaults(),
        fastTrack(o.nullableObject("fastTrack")));
  }

  private static JsonNode costs(@Nullable CostModel costs) {
    if (costs == null) {
      return NullNode.getInstance();
    }
    ObjectNode node = ReportNodes.object();
    node.set("tp", ReportNodes.decimal(costs.costs().tp()));
    node.set("fp", ReportNodes.decimal(costs.costs().fp()));
    node.set("fn", ReportNodes.decimal(costs.costs().fn()));
    node.set("tn", ReportNodes.decimal(costs.costs().tn()));
    node.put("positiveLabel", costs.positiveLabel());
    node.put("perRows", costs.perRows());
    return node;
  }

  private static CostModel costs(ReportObject o) {
    o.expect("tp", "fp", "fn", "tn", "positiveLabel", "perRows");
    BinaryCosts values = new BinaryCosts(o.decimal("tp"), o.decimal("fp"), o.decimal("fn"), o.decimal("tn"));
    return new CostModel(values, o.text("positiveLabel"), o.nullableWholeNumber("perRows"));
  }

  private static ObjectNode registration(RegistrationGate gate) {
    ObjectNode node = ReportNodes.object();
    node.set("checks", CheckNodes.thresholds(gate.checks()));
    ArrayNode groups = ReportNodes.array();
    for (AnyOf group : gate.anyOf()) {
      groups.addObject().set("checks", CheckNodes.thresholds(group.checks()));
    }
    node.set("anyOf", groups);
    return node;
  }

  private static RegistrationGate registration(ReportObject o) {
    o.expect("checks", "anyOf");
    List<AnyOf> groups =
        o.objects("anyOf").stream().map(g -> new AnyOf(CheckNodes.thresholds(g.expect("checks"), "checks"))).toList();
    return new RegistrationGate(CheckNodes.thresholds(o, "checks"), groups);
  }

  private static ObjectNode championChallenger(ChampionChallengerGate gate) {
    ObjectNode node = ReportNodes.object();
    node.set("compareOn", ReportNodes.metric(gate.compareOn()));
    node.set("minImprovement", ReportNodes.decimal(gate.minImprovement()));
    node.set("minRelativeImprovement", ReportNodes.decimal(gate.minRelativeImprovement()));
    ArrayNode guards = ReportNodes.array();
    for (Guard guard : gate.guards()) {
      ObjectNode g = guards.addObject();
      g.set("metric", ReportNodes.metric(guard.metric()));
      g.set("maxDrop", ReportNodes.decimal(guard.maxDrop()));
    }
    node.set("guards", guards);
    node.put("firstModel", gate.firstModel().name());
    Confidence confidence = gate.confidence();
    if (confidence != null) {
      ObjectNode c = node.putObject("confidence");
      c.set("level", ReportNodes.decimal(confidence.level()));
      c.put("resamples", confidence.resamples());
      c.put("seed", confidence.seed());
      c.put("method", confidence.method().name());
    }
    return node;
  }

  private static ChampionChallengerGate championChallenger(ReportObject o) {
    boolean confident = o.tree().has("confidence");
    if (confident) {
      o.expect("compareOn", "minImprovement", "minRelativeImprovement", "guards", "firstModel", "confidence");
    } else {
      o.expect("compareOn", "minImprovement", "minRelativeImprovement", "guards", "firstModel");
    }
    List<Guard> guards =
        o.objects("guards").stream()
            .map(g -> g.expect("metric", "maxDrop"))
            .map(g -> new Guard(g.metric("metric"), g.decimal("maxDrop")))
            .toList();
    return new ChampionChallengerGate(
        o.metric("compareOn"),
        o.nullableDecimal("minImprovement"),
        o.nullableDecimal("minRelativeImprovement"),
        guards,
        o.enumValue("firstModel", FirstModelRule.class),
        confident ? confidence(o.object("confidence")) : null);
  }

  private static Confidence confidence(ReportObject o) {
    o.expect("level", "resamples", "seed", "method");
    long resamples = o.wholeNumber("resamples");
    // out of int's range it is out of the settings' range too, and refused as such
    int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, resamples));
    return new Confidence(o.decimal("level"), clamped, o.wholeNumber("seed"), o.enumValue("method", IntervalMethod.class));
  }

  private static JsonNode fastTrack(@Nullable FastTrack fastTrack) {
    if (fastTrack == null) {
      return NullNode.getInstance();
    }
    ObjectNode node = ReportNodes.object();
    node.put("reason", fastTrack.reason());
    node.put("approver", fastTrack.approver());
    return node;
  }

  private static @Nullable FastTrack fastTrack(@Nullable ReportObject o) {
    if (o == null) {
      return null;
    }
    o.expect("reason", "approver");
    return new FastTrack(o.text("reason"), o.text("approver"));
  }
}
