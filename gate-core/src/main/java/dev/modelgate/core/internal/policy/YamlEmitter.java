package dev.modelgate.core.internal.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link PolicyDocument#tree} as YAML that reads like a hand-written policy: sections in
 * block style, a mapping of plain values (a check, a guard, the cost values) on one line in flow
 * style when it fits in {@value #WIDTH} columns, lists indented under their key. Strings are
 * written plain when YAML reads them back as the same string, double-quoted otherwise ({@code
 * "No"}, {@code "1"}, {@code "a: b"}). Stateless and thread-safe.
 */
final class YamlEmitter {

  static final int WIDTH = 100;

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./@-]*(?: [A-Za-z0-9_./@-]+)*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf", "infinity");

  private YamlEmitter() {}

  /** The YAML text of {@code root}, ending with a line break; sections are always in block style. */
  static String emit(Map<String, Object> root) {
    List<String> lines = new ArrayList<>();
    root.forEach((key, value) -> {
      if (isScalar(value)) {
        lines.add(scalar(key) + ": " + scalar(value));
      } else {
        lines.add(scalar(key) + ":");
        lines.addAll(block(value, 2));
      }
    });
    return String.join("\n", lines) + "\n";
  }

  private static List<String> block(Object node, int indent) {
    String pad = " ".repeat(indent);
    List<String> lines = new ArrayList<>();
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        String head = pad + scalar(key) + ":";
        String inline = inline(value);
        if (inline != null && (isScalar(value) || head.length() + 1 + inline.length() <= WIDTH)) {
          lines.add(head + " " + inline);
        } else {
          lines.add(head);
          lines.addAll(block(value, indent + 2));
        }
      });
    } else if (node instanceof List<?> list) {
      for (Object item : list) {
        String inline = inline(item);
        if (inline != null && indent + 2 + inline.length() <= WIDTH) {
          lines.add(pad + "- " + inline);
        } else {
          List<String> itemLines = block(item, indent + 2);
          itemLines.set(0, pad + "- " + itemLines.get(0).substring(indent + 2));
          lines.addAll(itemLines);
        }
      }
    } else {
      lines.add(pad + scalar(node));
    }
    return lines;
  }

  /** The value on one line, or null when it does not go on one: a scalar, or a mapping or list of scalars. */
  private static @Nullable String inline(Object node) {
    if (isScalar(node)) {
      return scalar(node);
    }
    if (node instanceof Map<?, ?> map && map.values().stream().allMatch(YamlEmitter::isScalar)) {
      return map.entrySet().stream()
          .map(e -> scalar(e.getKey()) + ": " + scalar(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (node instanceof List<?> list && list.stream().allMatch(YamlEmitter::isScalar)) {
      return list.stream().map(YamlEmitter::scalar).collect(Collectors.joining(", ", "[", "]"));
    }
    return null;
  }

  private static boolean isScalar(Object node) {
    return !(node instanceof Map<?, ?>) && !(node instanceof List<?>);
  }

  private static String scalar(Object value) {
    if (value instanceof BigDecimal decimal) {
      return PolicyDocument.number(decimal);
    }
    if (value instanceof Long || value instanceof Integer) {
      return value.toString();
    }
    String text = (String) value;
    boolean plain = PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT));
    return plain ? text : quoted(text);
  }

  /** {@code text} double-quoted, with every character YAML would not keep as is escaped. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (isPrintable(c)) {
            out.appendCodePoint(c);
          } else {
            out.append(String.format(Locale.ROOT, "\\u%04X", c));
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /** Whether YAML keeps the code point as written inside double quotes. */
  private static boolean isPrintable(int c) {
    return (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
        || c >= 0x10000;
  }
}
