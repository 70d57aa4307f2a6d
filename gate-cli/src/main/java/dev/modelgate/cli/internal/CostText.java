package dev.modelgate.cli.internal;

import dev.modelgate.metrics.cost.BinaryCosts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the value of each binary outcome from flag text such as {@code tp=0,fp=0,fn=-500,tn=100}:
 * comma-separated {@code outcome=decimal} pairs, outcomes {@code tp}, {@code fp}, {@code fn} and
 * {@code tn} in any order and case, each at most once. Every problem is reported at once: {@code
 * fp = "x" is not a decimal number; tn is missing}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CostText {

  private static final List<String> OUTCOMES = List.of("tp", "fp", "fn", "tn");

  private CostText() {}

  /**
   * The values in {@code text}.
   *
   * @param allRequired whether each of the four outcomes must be given; else a missing one is 0
   * @throws IllegalArgumentException listing every problem
   */
  public static BinaryCosts parse(String text, boolean allRequired) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      int equals = part.indexOf('=');
      String outcome =
          (equals < 0 ? part : part.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
      if (equals < 0) {
        problems.add(notAPair(part));
      } else if (!OUTCOMES.contains(outcome)) {
        problems.add(unknownOutcome(outcome));
      } else if (values.containsKey(outcome)) {
        problems.add(repeated(outcome));
      } else {
        String number = part.substring(equals + 1).strip();
        if (DecimalText.isDecimal(number)) {
          values.put(outcome, new BigDecimal(number));
        } else {
          values.put(outcome, BigDecimal.ZERO);
          problems.add(notADecimal(outcome, number));
        }
      }
    }
    for (String outcome : OUTCOMES) {
      if (allRequired && !values.containsKey(outcome)) {
        problems.add(missing(outcome));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return new BinaryCosts(
        values.getOrDefault("tp", BigDecimal.ZERO),
        values.getOrDefault("fp", BigDecimal.ZERO),
        values.getOrDefault("fn", BigDecimal.ZERO),
        values.getOrDefault("tn", BigDecimal.ZERO));
  }

  static String notAPair(String part) {
    return InputMessages.quote(part) + " is not outcome=value";
  }

  static String unknownOutcome(String outcome) {
    return InputMessages.quote(outcome) + " is not one of tp, fp, fn, tn";
  }

  static String repeated(String outcome) {
    return outcome + " is given twice";
  }

  static String notADecimal(String outcome, String text) {
    return outcome + " = " + InputMessages.quote(text) + " is not a decimal number";
  }

  static String missing(String outcome) {
    return outcome + " is missing";
  }
}
