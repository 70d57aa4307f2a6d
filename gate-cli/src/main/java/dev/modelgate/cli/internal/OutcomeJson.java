package dev.modelgate.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.MetricValue;
import org.jspecify.annotations.Nullable;

/**
 * The JSON object the gate commands print with {@code --format json}. Keys, in order: {@code
 * model}, {@code outcome} ({@code gate run} only), {@code summary}, {@code registration} ({@code
 * REGISTER} / {@code REJECT}), {@code comparison} ({@code PROMOTE} / {@code HOLD}; absent after a
 * rejection and for {@code gate register}), {@code decision} ({@code DEPLOY} / {@code SKIP}; {@code
 * gate run} only), {@code promoted}, {@code candidateVersion} (absent when not registered), {@code
 * championVersion} (absent when none), {@code firstModel}, {@code checks} (each with {@code layer},
 * {@code metric}, {@code kind}, {@code observed}, {@code bound} or {@code champion}, {@code passed},
 * {@code reason}), {@code reasons}, {@code report} (when one was written).
 *
 * <p>Stateless and thread-safe.
 */
public final class OutcomeJson {

  private OutcomeJson() {}

  /** The JSON object of {@code outcome}. */
  public static ObjectNode of(GateOutcome outcome) {
    ObjectNode json = Json.object();
    json.put("model", outcome.model());
    if (outcome.outcome() != null) {
      json.put("outcome", outcome.outcome().name());
    }
    json.put("summary", outcome.summary());
    json.put("registration", outcome.registration().name());
    if (outcome.comparison() != null) {
      json.put("comparison", outcome.comparison().name());
    }
    if (outcome.decision() != null) {
      json.put("decision", outcome.decision().name());
    }
    json.put("promoted", outcome.promoted());
    if (outcome.candidateVersion() != null) {
      json.put("candidateVersion", outcome.candidateVersion());
    }
    if (outcome.championVersion() != null) {
      json.put("championVersion", outcome.championVersion());
    }
    json.put("firstModel", outcome.firstModel());
    ArrayNode checks = json.putArray("checks");
    for (CheckRow row : outcome.checks()) {
      ObjectNode check = checks.addObject();
      check.put("layer", row.layer());
      if (row.group() != null) {
        check.put("anyOf", row.group());
      }
      check.put("metric", row.metric());
      check.put("kind", row.kind().name());
      putValue(check, "observed", row.observed());
      if (row.bound() != null) {
        check.put("bound", row.bound());
      }
      if (row.champion() != null) {
        putValue(check, "champion", row.champion());
      }
      check.put("passed", row.passed());
      check.put("reason", row.reason());
    }
    ArrayNode reasons = json.putArray("reasons");
    outcome.reasons().forEach(reasons::add);
    if (outcome.report() != null) {
      json.put("report", outcome.report());
    }
    return json;
  }

  private static void putValue(ObjectNode node, String key, @Nullable MetricValue value) {
    if (value == null) {
      node.putNull(key);
    } else {
      EvaluationValues.put(node, key, value);
    }
  }
}
