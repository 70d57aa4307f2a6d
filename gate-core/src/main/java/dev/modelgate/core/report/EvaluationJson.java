package dev.modelgate.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.internal.json.CoreJson;
import java.util.Objects;

/**
 * The JSON of one {@link Evaluation} on a single line, for stores that keep it as text next to a
 * model, such as a tag of an MLflow model version. Stateless and thread-safe.
 *
 * <p>The format is the evaluation of the report format ({@code docs/report-format.md}) without
 * white space: metrics sorted by name, exact decimals in plain notation, an undefined value as
 * {@code "NaN"}. Reading gives back an equal evaluation.
 *
 * <pre>{@code
 * String json = EvaluationJson.toJson(evaluation);
 * // {"testSetFingerprint":"sha256:…","rows":2000,"metrics":{"f1":{"value":0.8125,"direction":"higher_is_better"}}}
 * Evaluation same = EvaluationJson.read(json);     // same.equals(evaluation)
 * }</pre>
 */
public final class EvaluationJson {

  private EvaluationJson() {}

  /** {@code evaluation} as compact JSON on one line, without a final line break. */
  public static String toJson(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    try {
      return CoreJson.mapper().writeValueAsString(evaluation);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the evaluation: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The evaluation written in {@code json}.
   *
   * @throws IllegalArgumentException saying what is wrong, such as {@code not an evaluation:
   *     evaluation is missing field "rows"}
   */
  public static Evaluation read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return CoreJson.mapper().readValue(json, Evaluation.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an evaluation: " + e.getOriginalMessage(), e);
    }
  }
}
