package dev.modelgate.core.internal.policy;

import dev.modelgate.core.CostModel;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code costs} section: {@code positiveLabel}, {@code values} (the value of a true
 * positive, false positive, false negative and true negative: {@code tp}, {@code fp}, {@code fn},
 * {@code tn}) and the optional production volume {@code perRows}. Stateless.
 */
final class CostsReader {

  private CostsReader() {}

  /** The cost model written at {@code node}, null when it has problems (they are recorded). */
  static @Nullable CostModel read(Node node, Findings findings) {
    int mark = findings.count();
    Fields costs = Fields.of(node, Keys.COSTS, Keys.COSTS_FIELDS, findings);
    if (costs == null) {
      return null;
    }
    Node labelNode = costs.require(Keys.POSITIVE_LABEL);
    String label = labelNode == null ? null : Values.label(labelNode, costs.path(Keys.POSITIVE_LABEL), findings);
    Node valuesNode = costs.require(Keys.VALUES);
    List<BigDecimal> cells = valuesNode == null ? List.of() : cells(valuesNode, costs.path(Keys.VALUES), findings);
    Node perRowsNode = costs.get(Keys.PER_ROWS);
    Long perRows = null;
    if (perRowsNode != null) {
      perRows = Values.wholeNumber(perRowsNode, costs.path(Keys.PER_ROWS), findings);
      if (perRows != null && perRows < 1) {
        findings.add(perRowsNode.at(), costs.path(Keys.PER_ROWS), FileMessages.notPositive(perRows));
      }
    }
    if (findings.since(mark) || label == null || cells.size() != Keys.COST_VALUES.size()) {
      return null;
    }
    BinaryCosts values = new BinaryCosts(cells.get(0), cells.get(1), cells.get(2), cells.get(3));
    Long volume = perRows;
    return findings.build(() -> new CostModel(values, label, volume), costs.at(), costs.path());
  }

  /** The four cells tp, fp, fn, tn in that order; fewer when one is missing or not a number. */
  private static List<BigDecimal> cells(Node node, String path, Findings findings) {
    Fields values = Fields.of(node, path, Keys.COST_VALUES, findings);
    List<BigDecimal> cells = new ArrayList<>();
    if (values == null) {
      return cells;
    }
    for (String cell : Keys.COST_VALUES) {
      Node value = values.require(cell);
      BigDecimal number = value == null ? null : Values.number(value, values.path(cell), findings);
      if (number != null) {
        cells.add(number);
      }
    }
    return cells;
  }
}
