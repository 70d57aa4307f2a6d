package dev.modelgate.core.internal.policy;

import dev.modelgate.core.AnyOf;
import dev.modelgate.core.Metric;
import dev.modelgate.core.RegistrationGate;
import dev.modelgate.core.Threshold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code registration} section: {@code require}, a list of checks that must all pass,
 * and {@code anyOf}, a list of groups (lists of checks) of which one check each must pass. A check
 * is {@code {metric: f1, greaterThan: 0.20}} with exactly one comparison. Not thread-safe.
 */
final class RegistrationReader {

  private final MetricTable metrics;
  private final Findings findings;

  RegistrationReader(MetricTable metrics, Findings findings) {
    this.metrics = metrics;
    this.findings = findings;
  }

  /** The gate written at {@code node}, null when it has problems (they are recorded). */
  @Nullable RegistrationGate read(Node node) {
    int mark = findings.count();
    Fields gate = Fields.of(node, Keys.REGISTRATION, Keys.REGISTRATION_FIELDS, findings);
    if (gate == null) {
      return null;
    }
    List<Threshold> checks = new ArrayList<>();
    Node require = gate.get(Keys.REQUIRE);
    int written = require == null ? 0 : Math.max(checks(require, gate.path(Keys.REQUIRE), checks), 0);
    List<List<Threshold>> groups = new ArrayList<>();
    Node anyOf = gate.get(Keys.ANY_OF);
    Node.Sequence list = anyOf == null ? null : Values.list(anyOf, gate.path(Keys.ANY_OF), findings);
    for (int i = 0; list != null && i < list.items().size(); i++) {
      Node group = list.items().get(i);
      List<Threshold> groupChecks = new ArrayList<>();
      int inGroup = checks(group, gate.path(Keys.ANY_OF) + "[" + i + "]", groupChecks);
      if (inGroup == 0) {
        findings.add(group.at(), gate.path(Keys.ANY_OF) + "[" + i + "]", FileMessages.emptyGroup());
      }
      written += Math.max(inGroup, 0);
      groups.add(groupChecks);
    }
    int built = checks.size() + groups.stream().mapToInt(List::size).sum();
    if (written == 0 && groups.isEmpty() && !findings.since(mark)) {
      findings.add(gate.at(), gate.path(), FileMessages.noRegistrationChecks());
    }
    if (findings.since(mark) || built < written) {
      return null;
    }
    return findings.build(
        () -> new RegistrationGate(checks, groups.stream().map(AnyOf::new).toList()), gate.at(), gate.path());
  }

  /** Reads the list of checks at {@code node} into {@code into}: how many are written, -1 for no list. */
  private int checks(Node node, String path, List<Threshold> into) {
    Node.Sequence list = Values.list(node, path, findings);
    if (list == null) {
      return -1;
    }
    for (int i = 0; i < list.items().size(); i++) {
      Threshold check = check(list.items().get(i), path + "[" + i + "]");
      if (check != null) {
        into.add(check);
      }
    }
    return list.items().size();
  }

  private @Nullable Threshold check(Node node, String path) {
    Fields check = Fields.of(node, path, Keys.CHECK_FIELDS, findings);
    if (check == null) {
      return null;
    }
    Node metricNode = check.require(Keys.METRIC);
    Metric metric = metricNode == null ? null : metrics.resolve(metricNode, check.path(Keys.METRIC));
    List<String> written = Keys.COMPARISONS.stream().filter(check::has).toList();
    if (written.size() != 1) {
      findings.add(
          check.at(),
          path,
          written.isEmpty() ? FileMessages.noComparison() : FileMessages.severalComparisons(written));
      return null;
    }
    String key = written.get(0);
    Node boundNode = check.get(key);
    BigDecimal bound = boundNode == null ? null : Values.number(boundNode, check.path(key), findings);
    return metric == null || bound == null ? null : new Threshold(metric, Keys.comparison(key), bound);
  }
}
