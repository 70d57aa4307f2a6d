package dev.modelgate.cli.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An {@link Evaluation} of the gates as the commands show it: JSON with the exact metric values
 * ({@code "NaN"} when undefined), or one line of text.
 *
 * <p>Stateless and thread-safe.
 */
public final class EvaluationValues {

  private EvaluationValues() {}

  /** {@code {"testSetFingerprint": ..., "rows": ..., "metrics": {"f1": 0.5, ...}}}. */
  public static ObjectNode toJson(Evaluation evaluation) {
    ObjectNode json = Json.object();
    json.put("testSetFingerprint", evaluation.testSetFingerprint());
    json.put("rows", evaluation.rows());
    ObjectNode metrics = json.putObject("metrics");
    evaluation.metrics().forEach((metric, value) -> put(metrics, metric.name(), value));
    return json;
  }

  /** Puts {@code value} under {@code key}: its exact decimal, or {@code "NaN"} when undefined. */
  public static void put(ObjectNode node, String key, MetricValue value) {
    if (value.isDefined()) {
      node.put(key, value.value());
    } else {
      node.put(key, "NaN");
    }
  }

  /** {@code accuracy=0.635 f1=0.5680 net_benefit=1000.00}: the metrics, ratios to four decimals. */
  public static String summary(Evaluation evaluation) {
    Map<Metric, MetricValue> metrics = evaluation.metrics();
    return metrics.entrySet().stream()
        .map(e -> e.getKey().name() + "=" + text(e.getValue()))
        .collect(Collectors.joining(" "));
  }

  /** A value for people: money and counts as they are, other fractions to four decimals. */
  public static String text(MetricValue value) {
    if (!value.isDefined()) {
      return "NaN";
    }
    BigDecimal v = value.value();
    return v.scale() > 4 ? EvaluationText.ratio(v.doubleValue()) : v.toPlainString();
  }
}
