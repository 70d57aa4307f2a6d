package dev.modelgate.core.internal.policy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A value of a policy file as parsed from YAML or JSON, with the position where it starts: the
 * tree the readers walk, so that every problem can name its line and column. Jackson's own trees
 * keep no positions, hence this one. Immutable once read.
 */
sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

  /** Where the value starts. */
  Position at();

  /** A field of a mapping: its name, where the name starts, and its value. */
  record Field(String name, Position keyAt, Node value) {}

  /** A mapping (a JSON object), fields in the order written; a repeated name keeps the first. */
  record Mapping(Position at, Map<String, Field> fields) implements Node {
    public Mapping {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  /** A list (a JSON array). */
  record Sequence(Position at, List<Node> items) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /**
   * A single value.
   *
   * @param kind what the parser saw
   * @param text the value as written, such as {@code 0.20}, {@code yes} or {@code high}
   * @param number the exact number for {@link Kind#INTEGER} and {@link Kind#DECIMAL}; null when the
   *     number is not finite (YAML's {@code .inf}, {@code .nan}) and for other kinds
   */
  record Scalar(Position at, Kind kind, String text, @Nullable BigDecimal number) implements Node {}

  /** What kind of single value the parser saw. */
  enum Kind {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL,
    /** A YAML alias ({@code *name}), refused when read; its value is not known. */
    ALIAS
  }
}
