package dev.modelgate.cli.internal;

import dev.modelgate.metrics.ZeroDivision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to evaluate: a predictions file, how its columns are read, the costs net benefit is computed
 * from, and the value of 0/0 ratios.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the predictions file
 * @param file the file's name in messages, as the user wrote it
 * @param columns which columns hold what
 * @param costs the money of each outcome; null for no net benefit
 * @param zeroDivision the value of 0/0 ratios: NaN (undefined, the default: never passes a gate), 0
 *     or 1
 */
public record EvaluationRequest(
    Path path, String file, Columns columns, @Nullable CostSpec costs, ZeroDivision zeroDivision) {

  /** Checks the parts. */
  public EvaluationRequest {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(zeroDivision, "zeroDivision");
  }

  /** This request for another file read with the same settings. */
  public EvaluationRequest withFile(Path otherPath, String otherFile) {
    return new EvaluationRequest(otherPath, otherFile, columns, costs, zeroDivision);
  }

  /** Every rule the flags break, empty when they fit together. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>(columns.problems());
    if (costs != null && columns.positive() == null) {
      problems.add(FlagMessages.needsPositive("--costs", "the label the costs call positive"));
    }
    boolean rates = costs != null && costs.rates() != null;
    if (columns.amount() != null && !rates) {
      problems.add(FlagMessages.amountNeedsRates());
    }
    if (rates && columns.amount() == null) {
      problems.add(FlagMessages.ratesNeedAmount());
    }
    return problems;
  }
}
