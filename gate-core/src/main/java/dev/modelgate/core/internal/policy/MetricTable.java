package dev.modelgate.core.internal.policy;

import dev.modelgate.core.Direction;
import dev.modelgate.core.Metric;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.internal.json.MetricJson;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The metrics a policy file may name: the well-known ones ({@link Metrics#all()}) and those its
 * {@code metrics} section declares with a direction. Resolves every metric reference, remembers
 * which declarations are used and where {@code net_benefit} is first needed. Not thread-safe; one
 * per read.
 */
final class MetricTable {

  /** Where the policy first needs {@code net_benefit}, and whether only by default. */
  record Use(Position at, String path, boolean byDefault) {}

  private static final List<String> DIRECTIONS = List.of(MetricJson.HIGHER_IS_BETTER, MetricJson.LOWER_IS_BETTER);

  private final Findings findings;
  private final Map<String, Metric> declared = new LinkedHashMap<>();
  private final Map<String, Node.Field> declarations = new LinkedHashMap<>();
  private final Set<String> broken = new HashSet<>();
  private final Set<String> used = new HashSet<>();
  private @Nullable Use netBenefit;

  private MetricTable(Findings findings) {
    this.findings = findings;
  }

  /** The table of the {@code metrics} section {@code section}, null when the file has none. */
  static MetricTable read(@Nullable Node section, Findings findings) {
    MetricTable table = new MetricTable(findings);
    Node.Mapping mapping = section == null ? null : Values.mapping(section, Keys.METRICS, findings);
    if (mapping != null) {
      Fields.any(mapping, Keys.METRICS, findings).all().forEach(table::declare);
    }
    return table;
  }

  private void declare(Node.Field field) {
    String name = field.name();
    String path = Keys.METRICS + "." + name;
    Optional<Metric> wellKnown = Metrics.byName(name);
    if (!isMetricName(name)) {
      findings.add(field.keyAt(), path, FileMessages.notAMetricName(name));
      broken.add(name);
    } else if (wellKnown.isPresent()) {
      findings.add(field.keyAt(), path, FileMessages.wellKnownDeclared(wellKnown.get()));
    } else {
      String direction = Values.text(field.value(), path, false, findings);
      if (direction != null && !DIRECTIONS.contains(direction)) {
        findings.add(field.value().at(), path, FileMessages.notAChoice(DIRECTIONS, FileMessages.found(field.value())));
        direction = null;
      }
      if (direction == null) {
        broken.add(name);
        return;
      }
      Direction d = direction.equals(MetricJson.HIGHER_IS_BETTER) ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
      declared.put(name, new Metric(name, d));
      declarations.put(name, field);
    }
  }

  /** The metric named by {@code node} at {@code path}, null when it cannot be (the problem is recorded). */
  @Nullable Metric resolve(Node node, String path) {
    String name = Values.text(node, path, false, findings);
    if (name == null) {
      return null;
    }
    used.add(name);
    if (!isMetricName(name)) {
      findings.add(node.at(), path, FileMessages.notAMetricName(name));
      return null;
    }
    Metric metric = Metrics.byName(name).orElse(declared.get(name));
    if (metric == null) {
      if (!broken.contains(name)) {
        findings.add(node.at(), path, FileMessages.unknownMetric(name));
      }
      return null;
    }
    if (metric.equals(Metrics.NET_BENEFIT) && netBenefit == null) {
      netBenefit = new Use(node.at(), path, false);
    }
    return metric;
  }

  /** Notes that the champion–challenger gate compares on {@code net_benefit} because nothing else is set. */
  void useNetBenefitByDefault(Position at, String path) {
    if (netBenefit == null) {
      netBenefit = new Use(at, path, true);
    }
  }

  /** Records a problem for every declared metric that no check, guard or compareOn uses. */
  void reportUnused() {
    declarations.forEach((name, field) -> {
      if (!used.contains(name)) {
        findings.add(field.keyAt(), Keys.METRICS + "." + name, FileMessages.unusedMetric());
      }
    });
  }

  /** Where {@code net_benefit} is first needed, null when the policy does not use it. */
  @Nullable Use netBenefitUse() {
    return netBenefit;
  }

  private static boolean isMetricName(String name) {
    try {
      Metric.higherIsBetter(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
