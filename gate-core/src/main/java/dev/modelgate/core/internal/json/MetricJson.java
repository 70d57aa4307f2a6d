package dev.modelgate.core.internal.json;

import dev.modelgate.core.Direction;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import org.jspecify.annotations.Nullable;

/**
 * How a direction, a metric and a metric value are spelled in JSON, independent of Jackson's
 * streaming or tree API. Stateless and thread-safe.
 */
public final class MetricJson {

  /** The JSON name of {@link Direction#HIGHER_IS_BETTER}. */
  public static final String HIGHER_IS_BETTER = "higher_is_better";

  /** The JSON name of {@link Direction#LOWER_IS_BETTER}. */
  public static final String LOWER_IS_BETTER = "lower_is_better";

  /** The JSON text of an undefined metric value. */
  public static final String NAN = "NaN";

  private MetricJson() {}

  /** {@code "higher_is_better"} or {@code "lower_is_better"}: stable even if the enum is renamed. */
  public static String directionName(Direction direction) {
    return direction == Direction.HIGHER_IS_BETTER ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
  }

  /**
   * The metric called {@code name}, with the written direction or, when none is written, the
   * direction of the well-known metric of that name.
   *
   * @param directionText the written direction, {@code null} when the JSON gives none
   * @param found how the written direction is described in a message, used when it is invalid
   * @throws JsonShapeException if the direction is invalid, or missing for a metric that is not
   *     well-known, or the name is not a valid metric name
   */
  public static Metric metric(String name, @Nullable String directionText, String found) {
    Direction direction;
    if (directionText == null) {
      direction =
          Metrics.byName(name)
              .map(Metric::direction)
              .orElseThrow(() -> new JsonShapeException(JsonProblems.directionNeeded(name)));
    } else if (directionText.equals(HIGHER_IS_BETTER)) {
      direction = Direction.HIGHER_IS_BETTER;
    } else if (directionText.equals(LOWER_IS_BETTER)) {
      direction = Direction.LOWER_IS_BETTER;
    } else {
      throw new JsonShapeException(JsonProblems.unknownDirection(name, found));
    }
    try {
      return new Metric(name, direction);
    } catch (IllegalArgumentException e) {
      throw new JsonShapeException(e.getMessage());
    }
  }

  /**
   * The value written as {@code text}: {@code "NaN"} is undefined.
   *
   * @param label what the value is, for the message: {@code value of metric "f1"}
   * @throws JsonShapeException for any other string
   */
  public static MetricValue valueOfString(String label, String text) {
    if (text.equals(NAN)) {
      return MetricValue.undefined();
    }
    throw new JsonShapeException(JsonProblems.notAMetricValue(label, JsonProblems.quote(text)));
  }
}
