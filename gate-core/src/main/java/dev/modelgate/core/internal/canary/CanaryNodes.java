package dev.modelgate.core.internal.canary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.ModelIdentity;
import dev.modelgate.core.canary.CanaryCheckResult;
import dev.modelgate.core.canary.CanaryTransition;
import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.core.canary.RouterAction;
import dev.modelgate.core.canary.TrafficCounts;
import dev.modelgate.core.canary.WindowResult;
import dev.modelgate.core.spi.AliasChange;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The canary's values as JSON trees: windows with their checks, transitions, actions and verdicts,
 * with instants in ISO-8601, decimals exact, and absent values as {@code null}. Stateless and
 * thread-safe.
 */
public final class CanaryNodes {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private CanaryNodes() {}

  /** A window: number, interval, step, share, outcome, reasons, counts, missing kind, checks. */
  public static ObjectNode window(WindowResult result) {
    ObjectNode node = JSON.objectNode();
    node.put("index", result.window().index());
    node.put("start", result.window().start().toString());
    node.put("end", result.window().end().toString());
    node.put("step", result.step());
    node.put("canaryPercent", result.canaryPercent());
    node.put("outcome", result.outcome().name());
    node.set("reasons", strings(result.reasons()));
    TrafficCounts counts = result.counts();
    if (counts == null) {
      node.putNull("counts");
    } else {
      ObjectNode c = node.putObject("counts");
      c.put("championRequests", counts.championRequests());
      c.put("championErrors", counts.championErrors());
      c.put("canaryRequests", counts.canaryRequests());
      c.put("canaryErrors", counts.canaryErrors());
    }
    node.put("missing", result.missing() == null ? null : result.missing().name());
    ArrayNode checks = node.putArray("checks");
    result.checks().forEach(check -> checks.add(check(check)));
    return node;
  }

  /** A check: kind, percentile, outcome, observed, bound, champion, p-value, warning, reason. */
  public static ObjectNode check(CanaryCheckResult check) {
    ObjectNode node = JSON.objectNode();
    node.put("kind", check.kind().name());
    node.put("percentile", check.percentile() == null ? null : check.percentile().label());
    node.put("outcome", check.outcome().name());
    decimal(node, "observed", check.observed());
    decimal(node, "bound", check.bound());
    decimal(node, "champion", check.champion());
    decimal(node, "pValue", check.pValue());
    node.put("warning", check.warning());
    node.put("reason", check.reason());
    return node;
  }

  /** A transition, with the evidence windows given in full. */
  public static ObjectNode transition(CanaryTransition transition, Collection<WindowResult> evidence) {
    ObjectNode node = JSON.objectNode();
    node.put("from", transition.from().name());
    node.put("to", transition.to().name());
    node.put("step", transition.step());
    node.put("canaryPercent", transition.canaryPercent());
    node.put("at", transition.at().toString());
    node.put("reason", transition.reason());
    ArrayNode windows = node.putArray("windows");
    transition.windows().forEach(windows::add);
    ArrayNode full = node.putArray("evidence");
    evidence.forEach(w -> full.add(window(w)));
    return node;
  }

  /** A traffic action. */
  public static ObjectNode action(RouterAction action) {
    ObjectNode node = JSON.objectNode();
    node.put("kind", action.kind().name());
    node.put("canaryPercent", action.canaryPercent());
    node.put("status", action.status().name());
    node.put("attempts", action.attempts());
    node.put("at", action.at().toString());
    node.put("detail", action.detail());
    return node;
  }

  /** A whole verdict: decision, state, dry run, model, reasons, windows, transitions, actions. */
  public static ObjectNode verdict(CanaryVerdict verdict) {
    ObjectNode node = JSON.objectNode();
    node.put("decision", verdict.decision().name());
    node.put("state", verdict.state().name());
    node.put("dryRun", verdict.dryRun());
    node.put("summary", verdict.summary());
    node.set("model", model(verdict.model()));
    node.set("reasons", strings(verdict.reasons()));
    node.put("router", verdict.router());
    node.put("metrics", verdict.metrics());
    node.put("startedAt", verdict.startedAt().toString());
    node.put("finishedAt", verdict.finishedAt().toString());
    node.put("libraryVersion", verdict.libraryVersion());
    AliasChange change = verdict.championChange();
    if (change == null) {
      node.putNull("championChange");
    } else {
      node.set("championChange", championChange(change));
    }
    ArrayNode windows = node.putArray("windows");
    verdict.windows().forEach(w -> windows.add(window(w)));
    ArrayNode transitions = node.putArray("transitions");
    verdict.transitions().forEach(t -> {
      ObjectNode written = transition(t, List.of());
      written.remove("evidence");
      transitions.add(written);
    });
    ArrayNode actions = node.putArray("actions");
    verdict.actions().forEach(a -> actions.add(action(a)));
    return node;
  }

  /** The model: name, candidate version, champion version. */
  public static ObjectNode model(ModelIdentity model) {
    ObjectNode node = JSON.objectNode();
    node.put("model", model.model());
    node.put("candidateVersion", model.candidateVersion());
    node.put("championVersion", model.championVersion());
    return node;
  }

  private static ObjectNode championChange(AliasChange change) {
    ObjectNode node = JSON.objectNode();
    node.put("alias", change.alias());
    node.put("from", change.from().orElse(null));
    node.put("to", change.to().orElse(null));
    node.put("actor", change.actor());
    node.put("at", change.at().toString());
    return node;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = JSON.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private static void decimal(ObjectNode node, String field, @Nullable BigDecimal value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
