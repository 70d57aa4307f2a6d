package dev.modelgate.core.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.internal.json.JsonProblems;
import dev.modelgate.core.internal.json.JsonShapeException;
import dev.modelgate.core.internal.json.MetricJson;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object of a report being read: every read names the object's path and the field in its
 * {@link JsonShapeException}. Reports are written by ModelGate, so reading is strict: each object
 * has exactly its fields, nullable ones written as {@code null}. Not thread-safe; one per read.
 */
final class ReportObject {

  private final ObjectNode node;
  private final String path;

  private ReportObject(ObjectNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** {@code node} read as the object at {@code path}, such as {@code report.registration}. */
  static ReportObject of(JsonNode node, String path) {
    if (!(node instanceof ObjectNode object)) {
      throw new JsonShapeException(JsonProblems.notAnObject(path, JsonProblems.describe(node)));
    }
    return new ReportObject(object, path);
  }

  String path() {
    return path;
  }

  /** Checks that the object has exactly {@code fields}: an unknown field first, then every missing one. */
  ReportObject expect(String... fields) {
    Set<String> known = new LinkedHashSet<>(Arrays.asList(fields));
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new JsonShapeException(JsonProblems.unknownField(path, name));
      }
    }
    List<String> missing = known.stream().filter(f -> !node.has(f)).toList();
    if (!missing.isEmpty()) {
      throw new JsonShapeException(JsonProblems.missingFields(path, missing));
    }
    return this;
  }

  JsonNode node(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new JsonShapeException(JsonProblems.missingFields(path, List.of(field)));
    }
    return value;
  }

  private boolean isNull(String field) {
    return node(field).isNull();
  }

  String text(String field) {
    JsonNode value = node(field);
    if (!value.isTextual()) {
      throw wrongType(field, "a string", value);
    }
    return value.textValue();
  }

  @Nullable String nullableText(String field) {
    return isNull(field) ? null : text(field);
  }

  boolean bool(String field) {
    JsonNode value = node(field);
    if (!value.isBoolean()) {
      throw wrongType(field, "a boolean", value);
    }
    return value.booleanValue();
  }

  long wholeNumber(String field) {
    JsonNode value = node(field);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw wrongType(field, "a whole number", value);
    }
    return value.longValue();
  }

  @Nullable Long nullableWholeNumber(String field) {
    return isNull(field) ? null : wholeNumber(field);
  }

  BigDecimal decimal(String field) {
    JsonNode value = node(field);
    if (!value.isNumber()) {
      throw wrongType(field, "a number", value);
    }
    return value.decimalValue();
  }

  @Nullable BigDecimal nullableDecimal(String field) {
    return isNull(field) ? null : decimal(field);
  }

  /** A metric value: a number, {@code "NaN"} (undefined), or {@code null} (missing). */
  @Nullable MetricValue metricValue(String field) {
    JsonNode value = node(field);
    if (value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return MetricValue.of(value.decimalValue());
    }
    String label = "field " + JsonProblems.quote(field) + " of " + path;
    if (value.isTextual()) {
      return MetricJson.valueOfString(label, value.textValue());
    }
    throw new JsonShapeException(JsonProblems.notAMetricValue(label, JsonProblems.describe(value)));
  }

  Instant instant(String field) {
    String text = text(field);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonShapeException(ReportProblems.notAnInstant(path, field, JsonProblems.quote(text)));
    }
  }

  URI uri(String field) {
    String text = text(field);
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new JsonShapeException(ReportProblems.notAUri(path, field, JsonProblems.quote(text), e.getReason()));
    }
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String text = text(field);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new JsonShapeException(
        ReportProblems.notOneOf(path, field, type.getEnumConstants(), JsonProblems.quote(text)));
  }

  ReportObject object(String field) {
    JsonNode value = node(field);
    if (!value.isObject()) {
      throw wrongType(field, "an object", value);
    }
    return of(value, path + "." + field);
  }

  @Nullable ReportObject nullableObject(String field) {
    return isNull(field) ? null : object(field);
  }

  /** The objects of the array in {@code field}, each at {@code path.field[i]}. */
  List<ReportObject> objects(String field) {
    List<ReportObject> objects = new ArrayList<>();
    int i = 0;
    for (JsonNode element : array(field)) {
      objects.add(of(element, path + "." + field + "[" + i++ + "]"));
    }
    return objects;
  }

  List<String> texts(String field) {
    List<String> texts = new ArrayList<>();
    int i = 0;
    for (JsonNode element : array(field)) {
      if (!element.isTextual()) {
        throw wrongType(field + "[" + i + "]", "a string", element);
      }
      texts.add(element.textValue());
      i++;
    }
    return texts;
  }

  Map<String, String> textMap(String field) {
    ReportObject map = object(field);
    Map<String, String> result = new TreeMap<>();
    for (Iterator<String> names = map.node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      result.put(name, map.text(name));
    }
    return result;
  }

  Evaluation evaluation(String field) {
    return ReportNodes.evaluation(object(field));
  }

  @Nullable Evaluation nullableEvaluation(String field) {
    return isNull(field) ? null : evaluation(field);
  }

  /** A metric, {@code {"name": "f1", "direction": "higher_is_better"}}, both parts required. */
  Metric metric(String field) {
    ReportObject metric = object(field).expect("name", "direction");
    String direction = metric.text("direction");
    try {
      return MetricJson.metric(metric.text("name"), direction, JsonProblems.quote(direction));
    } catch (JsonShapeException e) {
      throw new JsonShapeException(ReportProblems.invalid(metric.path, e.getMessage()));
    }
  }

  ObjectNode tree() {
    return node;
  }

  private List<JsonNode> array(String field) {
    JsonNode value = node(field);
    if (!value.isArray()) {
      throw wrongType(field, "an array", value);
    }
    List<JsonNode> elements = new ArrayList<>(value.size());
    value.elements().forEachRemaining(elements::add);
    return elements;
  }

  private JsonShapeException wrongType(String field, String expected, JsonNode found) {
    return new JsonShapeException(JsonProblems.wrongType(path, field, expected, JsonProblems.describe(found)));
  }
}
