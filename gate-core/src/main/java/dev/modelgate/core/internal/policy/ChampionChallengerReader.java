package dev.modelgate.core.internal.policy;

import dev.modelgate.core.ChampionChallengerGate;
import dev.modelgate.core.Confidence;
import dev.modelgate.core.FirstModelRule;
import dev.modelgate.core.Guard;
import dev.modelgate.core.Metric;
import dev.modelgate.core.Metrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code championChallenger} section; every field is optional and defaults as {@link
 * ChampionChallengerGate#defaults()} does (compare on {@code net_benefit}, first model promoted if
 * registered). Not thread-safe.
 */
final class ChampionChallengerReader {

  private final MetricTable metrics;
  private final Findings findings;

  ChampionChallengerReader(MetricTable metrics, Findings findings) {
    this.metrics = metrics;
    this.findings = findings;
  }

  /**
   * The gate written at {@code node}, the defaults when {@code node} is null; null when it has
   * problems (they are recorded).
   *
   * @param policyAt where the policy starts, the place of a problem of the default gate
   */
  @Nullable ChampionChallengerGate read(@Nullable Node node, Position policyAt) {
    if (node == null) {
      metrics.useNetBenefitByDefault(policyAt, Keys.CHAMPION_CHALLENGER);
      return ChampionChallengerGate.defaults();
    }
    int mark = findings.count();
    Fields gate = Fields.of(node, Keys.CHAMPION_CHALLENGER, Keys.CHAMPION_CHALLENGER_FIELDS, findings);
    if (gate == null) {
      return null;
    }
    Node compareOnNode = gate.get(Keys.COMPARE_ON);
    Metric compareOn = Metrics.NET_BENEFIT;
    if (compareOnNode == null) {
      metrics.useNetBenefitByDefault(gate.at(), gate.path(Keys.COMPARE_ON));
    } else {
      compareOn = metrics.resolve(compareOnNode, gate.path(Keys.COMPARE_ON));
    }
    BigDecimal minImprovement = optionalNonNegative(gate, Keys.MIN_IMPROVEMENT);
    BigDecimal minRelativeImprovement = optionalNonNegative(gate, Keys.MIN_RELATIVE_IMPROVEMENT);
    Confidence confidence = new ConfidenceReader(findings).read(gate);
    List<Guard> guards = guards(gate, compareOn);
    FirstModelRule firstModel = firstModel(gate);
    if (findings.since(mark) || compareOn == null) {
      return null;
    }
    Metric compared = compareOn;
    return findings.build(
        () -> new ChampionChallengerGate(
            compared, minImprovement, minRelativeImprovement, guards, firstModel, confidence),
        gate.at(),
        gate.path());
  }

  private @Nullable BigDecimal optionalNonNegative(Fields gate, String name) {
    Node node = gate.get(name);
    return node == null ? null : Values.nonNegative(node, gate.path(name), findings);
  }

  private List<Guard> guards(Fields gate, @Nullable Metric compareOn) {
    List<Guard> guards = new ArrayList<>();
    Node node = gate.get(Keys.GUARDS);
    Node.Sequence list = node == null ? null : Values.list(node, gate.path(Keys.GUARDS), findings);
    Map<String, String> firstPaths = new HashMap<>();
    for (int i = 0; list != null && i < list.items().size(); i++) {
      String path = gate.path(Keys.GUARDS) + "[" + i + "]";
      Fields guard = Fields.of(list.items().get(i), path, Keys.GUARD_FIELDS, findings);
      if (guard == null) {
        continue;
      }
      Node metricNode = guard.require(Keys.METRIC);
      Metric metric = metricNode == null ? null : metrics.resolve(metricNode, guard.path(Keys.METRIC));
      Node dropNode = guard.require(Keys.MAY_NOT_DROP_BY);
      BigDecimal maxDrop = dropNode == null ? null : Values.nonNegative(dropNode, guard.path(Keys.MAY_NOT_DROP_BY), findings);
      if (metric == null) {
        continue;
      }
      String first = firstPaths.putIfAbsent(metric.name(), path);
      if (metric.equals(compareOn)) {
        findings.add(metricAt(metricNode), guard.path(Keys.METRIC), FileMessages.guardOnCompared(metric.name()));
      } else if (first != null) {
        findings.add(metricAt(metricNode), guard.path(Keys.METRIC), FileMessages.guardedTwice(metric.name(), first));
      } else if (maxDrop != null) {
        guards.add(new Guard(metric, maxDrop));
      }
    }
    return guards;
  }

  /** Where a resolved metric's name is: a metric resolves only from a node that is there. */
  private static Position metricAt(@Nullable Node metricNode) {
    return Objects.requireNonNull(metricNode, "a resolved metric has a node").at();
  }

  private FirstModelRule firstModel(Fields gate) {
    Node node = gate.get(Keys.FIRST_MODEL);
    if (node == null) {
      return FirstModelRule.PROMOTE_IF_REGISTERED;
    }
    String text = Values.text(node, gate.path(Keys.FIRST_MODEL), false, findings);
    if (text != null && !Keys.FIRST_MODEL_RULES.contains(text)) {
      findings.add(node.at(), gate.path(Keys.FIRST_MODEL), FileMessages.notAChoice(Keys.FIRST_MODEL_RULES, FileMessages.found(node)));
    }
    return text == null ? FirstModelRule.PROMOTE_IF_REGISTERED : Keys.firstModel(text);
  }
}
