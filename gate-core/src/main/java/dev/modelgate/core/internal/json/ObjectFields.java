package dev.modelgate.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fields of one JSON object read from a tree, each read failing with a {@link JsonProblems}
 * message that names the owner and the field. Not thread-safe; use one per read.
 */
public final class ObjectFields {

  private final ObjectNode node;
  private final String owner;

  private ObjectFields(ObjectNode node, String owner) {
    this.node = node;
    this.owner = owner;
  }

  /**
   * The fields of {@code node}, which must be an object.
   *
   * @param owner what the object is, for messages: {@code version file}, {@code tags}
   * @throws JsonShapeException if {@code node} is not an object
   */
  public static ObjectFields of(JsonNode node, String owner) {
    if (!(node instanceof ObjectNode object)) {
      throw new JsonShapeException(JsonProblems.notAnObject(owner, JsonProblems.describe(node)));
    }
    return new ObjectFields(object, owner);
  }

  /**
   * Checks that the object has every one of {@code required} and nothing outside {@code
   * required} and {@code optional}; an unknown field is reported before missing ones.
   */
  public ObjectFields expect(Set<String> required, Set<String> optional) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!required.contains(name) && !optional.contains(name)) {
        throw new JsonShapeException(JsonProblems.unknownField(owner, name));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      if (!node.has(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      missing.sort(null);
      throw new JsonShapeException(JsonProblems.missingFields(owner, missing));
    }
    return this;
  }

  /** The string in {@code field}, which {@link #expect} made sure is present. */
  public String text(String field) {
    JsonNode value = present(field);
    if (!value.isTextual()) {
      throw wrongType(field, "a string", value);
    }
    return value.textValue();
  }

  /** The string in {@code field}, empty when the field is absent or null. */
  public Optional<String> optionalText(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(text(field));
  }

  /** The whole number in {@code field}, which must fit a {@code long}. */
  public long wholeNumber(String field) {
    JsonNode value = present(field);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw wrongType(field, "a whole number", value);
    }
    return value.longValue();
  }

  /** The raw node of {@code field}, for values read by a codec. */
  public JsonNode node(String field) {
    return present(field);
  }

  /** The object in {@code field}, read as {@code owner}. */
  public ObjectFields object(String field, String fieldOwner) {
    JsonNode value = present(field);
    if (!value.isObject()) {
      throw wrongType(field, "an object", value);
    }
    return of(value, fieldOwner);
  }

  /** The elements of the array in {@code field}. */
  public List<JsonNode> array(String field) {
    JsonNode value = present(field);
    if (!value.isArray()) {
      throw wrongType(field, "an array", value);
    }
    List<JsonNode> elements = new ArrayList<>(value.size());
    value.elements().forEachRemaining(elements::add);
    return elements;
  }

  /** The object in {@code field} as a map of strings to strings, sorted by key. */
  public Map<String, String> textMap(String field) {
    ObjectFields map = object(field, field);
    Map<String, String> result = new TreeMap<>();
    for (Iterator<String> names = map.node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      result.put(name, map.text(name));
    }
    return result;
  }

  /** The names of the object's fields, in document order. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private JsonNode present(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new JsonShapeException(JsonProblems.missingFields(owner, Arrays.asList(field)));
    }
    return value;
  }

  private JsonShapeException wrongType(String field, String expected, JsonNode found) {
    return new JsonShapeException(
        JsonProblems.wrongType(owner, field, expected, JsonProblems.describe(found)));
  }
}
