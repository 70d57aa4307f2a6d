package dev.modelgate.prometheus.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PromQL templates: finds their {@code $name} placeholders and fills them in. Values are escaped for
 * a double-quoted PromQL string ({@code \}, {@code "} and line breaks), so a label value cannot end
 * the string it is put in. Stateless and thread-safe.
 */
public final class Templates {

  /** The placeholder of the model's label value. */
  public static final String MODEL = "model";
  /** The placeholder of the window's range, such as {@code 300s}. */
  public static final String WINDOW = "window";
  /** The placeholder of the latency quantile, such as {@code 0.99}. */
  public static final String QUANTILE = "quantile";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

  private Templates() {}

  /** The names of the placeholders in {@code template}, in order of first use. */
  public static Set<String> placeholders(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /**
   * {@code template} with each placeholder replaced: names in {@code quoted} by their escaped value,
   * names in {@code literal} by their value as is.
   *
   * @throws IllegalArgumentException if a placeholder has no value
   */
  public static String render(String template, Map<String, String> quoted, Map<String, String> literal) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value;
      if (literal.containsKey(name)) {
        value = literal.get(name);
      } else if (quoted.containsKey(name)) {
        value = escape(quoted.get(name));
      } else {
        throw new IllegalArgumentException("no value for $" + name);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** {@code value} escaped for a double-quoted PromQL string. */
  public static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r");
  }

  /** A PromQL range for the time from {@code start} to {@code end}, in whole milliseconds: {@code 300s}, {@code 1500ms}. */
  public static String range(Instant start, Instant end) {
    long millis = Math.max(1, end.toEpochMilli() - start.toEpochMilli());
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  /** A PromQL duration for a query timeout, in whole milliseconds, at least {@code 1ms}. */
  public static String duration(Duration duration) {
    return Math.max(1, duration.toMillis()) + "ms";
  }

  /** Unix seconds with millisecond decimals, as the {@code time} parameter: {@code 1700000000.123}. */
  public static String unixSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.toEpochMilli(), 3).toPlainString();
  }

  /** A quantile as a PromQL number, without exponent: {@code 0.99}, {@code 0.0001}. */
  public static String quantile(double q) {
    return BigDecimal.valueOf(q).stripTrailingZeros().toPlainString();
  }

  /** A quantile's short name: {@code p50}, {@code p99}, {@code p99.9}. */
  public static String percentileName(double q) {
    return "p" + BigDecimal.valueOf(q).movePointRight(2).stripTrailingZeros().toPlainString();
  }
}
