package dev.modelgate.core.internal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.AnyOf;
import dev.modelgate.core.AnyOfResult;
import dev.modelgate.core.CheckKind;
import dev.modelgate.core.CheckResult;
import dev.modelgate.core.Comparison;
import dev.modelgate.core.Threshold;
import java.util.List;

/**
 * Thresholds, check results and OR-group results as JSON, and back.
 *
 * <ul>
 *   <li>threshold: {@code {"metric": {…}, "comparison": "GREATER_THAN", "bound": 0.20}};
 *   <li>check: {@code {"kind", "metric", "observed", "bound", "champion", "passed", "reason"}};
 *   <li>OR group: {@code {"group": [threshold…], "passed", "reason", "checks": [check…]}}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class CheckNodes {

  private CheckNodes() {}

  static ObjectNode threshold(Threshold threshold) {
    ObjectNode node = ReportNodes.object();
    node.set("metric", ReportNodes.metric(threshold.metric()));
    node.put("comparison", threshold.comparison().name());
    node.set("bound", ReportNodes.decimal(threshold.bound()));
    return node;
  }

  static Threshold threshold(ReportObject o) {
    o.expect("metric", "comparison", "bound");
    return new Threshold(o.metric("metric"), o.enumValue("comparison", Comparison.class), o.decimal("bound"));
  }

  static ArrayNode thresholds(List<Threshold> thresholds) {
    ArrayNode array = ReportNodes.array();
    thresholds.forEach(t -> array.add(threshold(t)));
    return array;
  }

  static List<Threshold> thresholds(ReportObject o, String field) {
    return o.objects(field).stream().map(CheckNodes::threshold).toList();
  }

  static ObjectNode check(CheckResult check) {
    ObjectNode node = ReportNodes.object();
    node.put("kind", check.kind().name());
    node.set("metric", ReportNodes.metric(check.metric()));
    node.set("observed", ReportNodes.metricValue(check.observed()));
    node.set("bound", ReportNodes.decimal(check.bound()));
    node.set("champion", ReportNodes.metricValue(check.champion()));
    node.put("passed", check.passed());
    node.put("reason", check.reason());
    return node;
  }

  static CheckResult check(ReportObject o) {
    o.expect("kind", "metric", "observed", "bound", "champion", "passed", "reason");
    return new CheckResult(
        o.enumValue("kind", CheckKind.class),
        o.metric("metric"),
        o.metricValue("observed"),
        o.nullableDecimal("bound"),
        o.metricValue("champion"),
        o.bool("passed"),
        o.text("reason"));
  }

  static ArrayNode checks(List<CheckResult> checks) {
    ArrayNode array = ReportNodes.array();
    checks.forEach(c -> array.add(check(c)));
    return array;
  }

  static List<CheckResult> checks(ReportObject o, String field) {
    return o.objects(field).stream().map(CheckNodes::check).toList();
  }

  static ArrayNode anyOf(List<AnyOfResult> groups) {
    ArrayNode array = ReportNodes.array();
    for (AnyOfResult group : groups) {
      ObjectNode node = ReportNodes.object();
      node.set("group", thresholds(group.group().checks()));
      node.put("passed", group.passed());
      node.put("reason", group.reason());
      node.set("checks", checks(group.checks()));
      array.add(node);
    }
    return array;
  }

  static List<AnyOfResult> anyOf(ReportObject o, String field) {
    return o.objects(field).stream()
        .map(g -> g.expect("group", "passed", "reason", "checks"))
        .map(g -> new AnyOfResult(
            new AnyOf(thresholds(g, "group")), checks(g, "checks"), g.bool("passed"), g.text("reason")))
        .toList();
  }
}
