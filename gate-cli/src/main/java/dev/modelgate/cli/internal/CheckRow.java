package dev.modelgate.cli.internal;

import dev.modelgate.core.CheckKind;
import dev.modelgate.core.CheckResult;
import dev.modelgate.core.MetricValue;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One check of a gate run as the outputs show it: the layer, what was compared, the values and
 * whether it passed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param layer {@code registration} or {@code championChallenger}
 * @param group the OR group's text for a check of an {@code anyOf} group, null otherwise
 * @param result the check's result
 */
public record CheckRow(String layer, @Nullable String group, CheckResult result) {

  /** The layer name of a registration check. */
  public static final String REGISTRATION = "registration";

  /** The layer name of a champion–challenger check. */
  public static final String CHAMPION_CHALLENGER = "championChallenger";

  /** Checks the parts. */
  public CheckRow {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(result, "result");
  }

  /** The kind of check: {@code GREATER_THAN}, {@code BETTER_THAN_CHAMPION}, … */
  public CheckKind kind() {
    return result.kind();
  }

  /** The metric's name, such as {@code net_benefit}. */
  public String metric() {
    return result.metric().name();
  }

  /** The candidate's value; null when the evaluation lacks the metric. */
  public @Nullable MetricValue observed() {
    return result.observed();
  }

  /** The bound; null for a strict comparison with the champion. */
  public @Nullable BigDecimal bound() {
    return result.bound();
  }

  /** The champion's value for a layer-2 check; null otherwise. */
  public @Nullable MetricValue champion() {
    return result.champion();
  }

  /** Whether the check passed. */
  public boolean passed() {
    return result.passed();
  }

  /** Why, in plain words. */
  public String reason() {
    return result.reason();
  }

  /** The comparison as a symbol: {@code >}, {@code >=}, {@code <}, {@code <=}, … */
  public String symbol() {
    switch (result.kind()) {
      case GREATER_THAN:
        return ">";
      case AT_LEAST:
        return ">=";
      case LESS_THAN:
        return "<";
      case AT_MOST:
        return "<=";
      case BETTER_THAN_CHAMPION:
        return "better than champion";
      case MIN_IMPROVEMENT:
        return "improves by at least";
      case MIN_RELATIVE_IMPROVEMENT:
        return "improves by at least (relative)";
      case GUARD:
        return "drops by at most";
      case CONFIDENT_IMPROVEMENT:
        return "confidently better than champion";
      default:
        throw new AssertionError(result.kind());
    }
  }
}
