package dev.modelgate.kserve.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code Ready} condition of an InferenceService from {@code status.conditions}.
 * Stateless and thread-safe.
 */
final class ReadyCondition {

  private ReadyCondition() {}

  /**
   * The {@code status} of the condition of type {@code Ready} ({@code "True"}, {@code "False"},
   * {@code "Unknown"}), or null when there is none.
   */
  static @Nullable String status(@Nullable Map<?, ?> status, Shape shape) {
    if (status == null) {
      return null;
    }
    List<?> conditions = shape.optionalList(status.get("conditions"), "status.conditions");
    if (conditions == null) {
      return null;
    }
    for (int i = 0; i < conditions.size(); i++) {
      String at = "status.conditions[" + i + "]";
      Map<?, ?> condition = shape.optionalObject(conditions.get(i), at);
      if (condition != null
          && "Ready".equals(shape.optionalString(condition.get("type"), at + ".type"))) {
        return shape.optionalString(condition.get("status"), at + ".status");
      }
    }
    return null;
  }
}
