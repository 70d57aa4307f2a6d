package dev.modelgate.core.internal.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into a {@link Node} tree that keeps the position of every value and
 * field name, with Jackson's streaming parser. Records, rather than throws, what makes the text
 * unusable: a syntax error, an empty file, a second document, a repeated field, a YAML alias.
 * Numbers are read exactly from their text ({@code 0.20} keeps its two decimals). Not thread-safe.
 */
final class TreeReader {

  private final JsonParser parser;
  private final Findings findings;

  private TreeReader(JsonParser parser, Findings findings) {
    this.parser = parser;
    this.findings = findings;
  }

  /** The tree of {@code text}, or null when it has none (the problem is recorded). */
  static @Nullable Node read(String text, FileFormat format, Findings findings) {
    try (JsonParser parser = format.factory().createParser(text)) {
      if (parser.nextToken() == null) {
        findings.add(Position.START, "", FileMessages.empty());
        return null;
      }
      Node root = new TreeReader(parser, findings).value("");
      if (parser.nextToken() != null) {
        findings.add(here(parser), "", FileMessages.secondDocument());
      }
      return root;
    } catch (JsonProcessingException e) {
      syntaxError(e, format, findings);
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a policy from a string", e);
    }
  }

  private Node value(String path) throws IOException {
    Position at = here(parser);
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> mapping(path, at);
      case START_ARRAY -> sequence(path, at);
      case VALUE_STRING -> scalar(path, at);
      case VALUE_NUMBER_INT -> new Node.Scalar(at, Node.Kind.INTEGER, parser.getText(), parser.getDecimalValue());
      case VALUE_NUMBER_FLOAT -> new Node.Scalar(at, Node.Kind.DECIMAL, parser.getText(), finiteDecimal());
      case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(at, Node.Kind.BOOLEAN, parser.getText(), null);
      case VALUE_NULL -> new Node.Scalar(at, Node.Kind.NULL, "null", null);
      default -> new Node.Scalar(at, Node.Kind.STRING, String.valueOf(parser.getText()), null);
    };
  }

  private Node mapping(String path, Position at) throws IOException {
    Map<String, Node.Field> fields = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Position keyAt = here(parser);
      String fieldPath = path.isEmpty() ? name : path + "." + name;
      parser.nextToken();
      Node value = value(fieldPath);
      Node.Field first = fields.putIfAbsent(name, new Node.Field(name, keyAt, value));
      if (first != null) {
        findings.add(keyAt, fieldPath, FileMessages.duplicate(first.keyAt().line()));
      }
    }
    return new Node.Mapping(at, fields);
  }

  private Node sequence(String path, Position at) throws IOException {
    List<Node> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(value(path + "[" + items.size() + "]"));
    }
    return new Node.Sequence(at, items);
  }

  private Node scalar(String path, Position at) throws IOException {
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      findings.add(at, path, FileMessages.alias());
      return new Node.Scalar(at, Node.Kind.ALIAS, parser.getText(), null);
    }
    return new Node.Scalar(at, Node.Kind.STRING, parser.getText(), null);
  }

  /** The exact value of a float token; null for YAML's {@code .inf} and {@code .nan}. */
  private @Nullable BigDecimal finiteDecimal() throws IOException {
    try {
      return parser.getDecimalValue();
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static Position here(JsonParser parser) {
    return Position.of(parser.currentTokenLocation());
  }

  /** Records a syntax error where the parser found it, in the parser's own words (one line). */
  private static void syntaxError(JsonProcessingException e, FileFormat format, Findings findings) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked && marked.getProblem() != null) {
        Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        Position at = mark == null ? location(e) : new Position(mark.getLine() + 1, mark.getColumn() + 1);
        findings.add(at, "", FileMessages.syntax(format, firstLine(marked.getProblem())));
        return;
      }
    }
    findings.add(location(e), "", FileMessages.syntax(format, firstLine(e.getOriginalMessage())));
  }

  private static Position location(JsonProcessingException e) {
    return e.getLocation() == null ? Position.START : Position.of(e.getLocation());
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
