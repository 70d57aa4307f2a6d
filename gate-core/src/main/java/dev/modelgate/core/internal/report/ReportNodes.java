package dev.modelgate.core.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.internal.json.CoreJson;
import dev.modelgate.core.internal.json.JsonProblems;
import dev.modelgate.core.internal.json.JsonShapeException;
import dev.modelgate.core.internal.json.MetricJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes the values of a report as JSON tree nodes: decimals exact in plain notation, undefined
 * metric values as {@code "NaN"}, missing ones as {@code null}, evaluations and metrics in the
 * {@link CoreJson} format. Stateless and thread-safe.
 */
final class ReportNodes {

  private static final ObjectMapper MAPPER = CoreJson.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReportNodes() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static JsonNode decimal(@Nullable BigDecimal value) {
    return value == null ? NullNode.getInstance() : DecimalNode.valueOf(value);
  }

  static JsonNode metricValue(@Nullable MetricValue value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    return value.isDefined() ? DecimalNode.valueOf(value.value()) : TextNode.valueOf(MetricJson.NAN);
  }

  static ObjectNode metric(Metric metric) {
    ObjectNode node = object();
    node.put("name", metric.name());
    node.put("direction", MetricJson.directionName(metric.direction()));
    return node;
  }

  static JsonNode evaluation(@Nullable Evaluation evaluation) {
    if (evaluation == null) {
      return NullNode.getInstance();
    }
    try {
      return MAPPER.readTree(MAPPER.writeValueAsBytes(evaluation));
    } catch (IOException e) {
      throw new IllegalStateException("an evaluation is always writable", e);
    }
  }

  static Evaluation evaluation(ReportObject object) {
    try {
      return MAPPER.treeToValue(object.tree(), Evaluation.class);
    } catch (MismatchedInputException e) {
      throw new JsonShapeException(object.path() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new JsonShapeException(JsonProblems.invalid(object.path(), String.valueOf(e.getMessage())));
    }
  }

  static ArrayNode texts(Collection<String> texts) {
    ArrayNode array = NODES.arrayNode(texts.size());
    texts.forEach(array::add);
    return array;
  }

  static ObjectNode textMap(Map<String, String> map) {
    ObjectNode node = object();
    map.forEach(node::put);
    return node;
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }
}
