package dev.modelgate.core.internal.policy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one mapping of a policy file, at a path such as {@code costs.values}: checks the
 * field names against those the format knows, and hands out each field's value, recording a
 * problem with its path and position when a field is unknown or a required one is missing. Not
 * thread-safe; one per mapping read.
 */
final class Fields {

  private final Node.Mapping mapping;
  private final String path;
  private final Findings findings;

  private Fields(Node.Mapping mapping, String path, Findings findings) {
    this.mapping = mapping;
    this.path = path;
    this.findings = findings;
  }

  /**
   * The fields of {@code node} at {@code path}, of which only {@code known} are allowed; null when
   * the node is not a mapping (the problem is recorded).
   */
  static @Nullable Fields of(Node node, String path, List<String> known, Findings findings) {
    Node.Mapping mapping = Values.mapping(node, path, findings);
    return mapping == null ? null : new Fields(mapping, path, findings).allow(known);
  }

  /** The fields of the mapping {@code mapping}, all allowed. */
  static Fields any(Node.Mapping mapping, String path, Findings findings) {
    return new Fields(mapping, path, findings);
  }

  private Fields allow(List<String> known) {
    for (Node.Field field : mapping.fields().values()) {
      if (!known.contains(field.name())) {
        findings.add(field.keyAt(), path(field.name()), FileMessages.unknownField(known));
      }
    }
    return this;
  }

  /** Whether the field is written. */
  boolean has(String name) {
    return mapping.fields().containsKey(name);
  }

  /** The value of an optional field, null when it is absent. */
  @Nullable Node get(String name) {
    Node.Field field = mapping.fields().get(name);
    return field == null ? null : field.value();
  }

  /** The value of a required field, null when it is missing (the problem is recorded). */
  @Nullable Node require(String name) {
    Node value = get(name);
    if (value == null) {
      findings.add(mapping.at(), path(name), FileMessages.missing());
    }
    return value;
  }

  /** A required string that is not blank. */
  @Nullable String requireText(String name) {
    Node value = require(name);
    return value == null ? null : Values.text(value, path(name), true, findings);
  }

  /** The path of a field of this mapping: {@code costs.values.fn}. */
  String path(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The path of this mapping. */
  String path() {
    return path;
  }

  /** Where this mapping starts. */
  Position at() {
    return mapping.at();
  }

  /** Every field, in the order written. */
  Iterable<Node.Field> all() {
    return mapping.fields().values();
  }
}
