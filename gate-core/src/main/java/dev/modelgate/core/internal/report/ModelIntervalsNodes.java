package dev.modelgate.core.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.ModelIntervals;
import org.jspecify.annotations.Nullable;

/**
 * The {@code intervals} of a registration verdict (since format 2, optional) as JSON, and back:
 *
 * <pre>{@code
 * {"confidence": 0.95, "method": "PERCENTILE", "resamples": 10000, "seed": 42, "rows": 200,
 *  "candidate": [interval…]}
 * }</pre>
 *
 * where an interval is as in {@link PairedNodes}. Stateless and thread-safe.
 */
final class ModelIntervalsNodes {

  private ModelIntervalsNodes() {}

  static JsonNode write(@Nullable ModelIntervals intervals) {
    if (intervals == null) {
      return NullNode.getInstance();
    }
    ObjectNode node = PairedNodes.settings(intervals.settings());
    node.put("rows", intervals.rows());
    node.set("candidate", PairedNodes.intervals(intervals.intervals()));
    return node;
  }

  static ModelIntervals read(ReportObject o) {
    o.expect("confidence", "method", "resamples", "seed", "rows", "candidate");
    return new ModelIntervals(PairedNodes.settings(o), o.wholeNumber("rows"), PairedNodes.intervals(o, "candidate"));
  }
}
