package dev.modelgate.cli.internal;

import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.cost.NetBenefitAccumulator;
import dev.modelgate.metrics.testset.Fingerprint;
import dev.modelgate.metrics.testset.FingerprintAccumulator;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a predictions file in one pass, holding only what the metrics need: the confusion
 * counts (O(K²)), the per-cell amounts (4 longs), and, because they are inherently per row, the
 * scores for ranking metrics and the (id, label) pairs for the test-set fingerprint.
 *
 * <p>Labels are not known up front: they are numbered as first seen and re-indexed at the end in the
 * order scikit-learn uses, the sorted union of true and predicted labels (and the positive label).
 * The results equal those of {@code dev.modelgate.core.Evaluator} on the same rows read into
 * memory.
 *
 * <p>Not thread-safe; one instance per file.
 */
public final class StreamingEvaluator {

  /** The most distinct labels a file may have. */
  public static final int MAX_LABELS = 1000;

  private static final int PROGRESS_EVERY = 4096;

  private final EvaluationRequest request;
  private final Columns columns;
  private final LabelIndex labels = new LabelIndex(MAX_LABELS + 1);
  private final ConfusionStream confusion;
  private final FingerprintAccumulator fingerprint = FingerprintAccumulator.create();
  private final RowLines lines = new RowLines();
  private final @Nullable NetBenefitAccumulator amounts;
  private final @Nullable ScoreColumn scores;
  private int positive = -1;
  private int negative = -1;
  private boolean negativeUsed;

  private StreamingEvaluator(EvaluationRequest request) {
    this.request = request;
    this.columns = request.columns();
    this.confusion = new ConfusionStream(columns.weight() != null);
    this.amounts = columns.amount() != null ? NetBenefitAccumulator.of(2) : null;
    this.scores = columns.score() != null ? new ScoreColumn(columns.weight() != null) : null;
  }

  /**
   * Evaluates the file of {@code request}, reporting progress to {@code progress}.
   *
   * @throws InputException naming the file, line and value of anything that cannot be used
   * @throws IOException if reading fails
   */
  public static EvaluationResult evaluate(EvaluationRequest request, Progress progress)
      throws IOException {
    return new StreamingEvaluator(request).run(progress);
  }

  /** The size of {@code request}'s file in bytes, 0 when unknown; for progress. */
  public static long size(EvaluationRequest request) {
    try {
      return Files.size(request.path());
    } catch (IOException e) {
      return 0;
    }
  }

  private EvaluationResult run(Progress progress) throws IOException {
    try (PredictionRows rows =
        PredictionRows.open(request.path(), request.file(), columns, currency())) {
      if (columns.positive() != null) {
        positive = labels.index(columns.positive());
      }
      if (columns.negative() != null) {
        negative = labels.index(columns.negative());
      }
      try {
        while (rows.next()) {
          add(rows);
          if (rows.rows() % PROGRESS_EVERY == 0) {
            progress.update(rows.rows(), rows.bytesRead());
          }
        }
      } finally {
        progress.finish(rows.rows(), rows.bytesRead()); // ends the progress line before any error
      }
      if (rows.rows() == 0) {
        throw new InputException(InputMessages.noRows(request.file()));
      }
      return finish(rows.rows());
    }
  }

  private void add(PredictionRows row) {
    String truthLabel = row.truth();
    int truth = index(truthLabel, row, columns.label());
    int predicted;
    double score = 0;
    if (scores != null) {
      score = row.score();
    }
    if (columns.threshold() != null) {
      predicted = score >= columns.threshold() ? positive : negativeIndex();
    } else {
      predicted = index(row.predicted(), row, String.valueOf(columns.prediction()));
    }
    double weight = row.weight();
    confusion.add(truth, predicted, weight);
    if (amounts != null) {
      amounts.add(truth == positive ? 1 : 0, predicted == positive ? 1 : 0, row.amount());
    }
    if (scores != null) {
      scores.add(score, truth == positive, weight);
    }
    lines.add(row.rows() - 1, row.line());
    fingerprint.add(row.id(), truthLabel);
  }

  private int index(String label, PredictionRows row, String column) {
    int index = labels.index(label);
    if (index < 0 || index == MAX_LABELS) {
      throw new InputException(
          InputMessages.tooManyLabels(row.file(), row.line(), MAX_LABELS, column));
    }
    return index;
  }

  /** The class predicted below the threshold: --negative, or a placeholder resolved at the end. */
  private int negativeIndex() {
    if (negative < 0) {
      negative = labels.index("\u0000negative");
    }
    if (columns.negative() == null) {
      negativeUsed = true;
    }
    return negative;
  }

  private EvaluationResult finish(long rows) {
    List<String> seen = labels.labels();
    List<String> real = new ArrayList<>(seen);
    String placeholder = null;
    if (columns.threshold() != null && columns.negative() == null && negative >= 0) {
      placeholder = seen.get(negative);
      real.remove(placeholder);
    }
    LabelDictionary sorted = LabelDictionary.sorted(real);
    int[] remap = new int[seen.size()];
    for (int i = 0; i < remap.length; i++) {
      remap[i] = seen.get(i).equals(placeholder) ? -1 : sorted.indexOf(seen.get(i));
    }
    if (placeholder != null && negativeUsed) {
      remap[negative] = sorted.indexOf(resolveNegative(real));
    }
    ConfusionMatrix matrix = confusion.finish(sorted, remap);
    if (!(matrix.total() > 0)) {
      throw new InputException(request.file() + ": every row has weight 0");
    }
    ClassificationMetrics metrics = ClassificationMetrics.of(matrix, request.zeroDivision());
    CostSpec costs = request.costs();
    return new EvaluationResult(
        request.file(),
        rows,
        columns.positive(),
        columns.weight() != null,
        metrics,
        costs == null ? null : NetBenefits.of(costs, matrix, positiveLabel(), amounts),
        costs,
        scores == null ? null : scores.curve(),
        fingerprint());
  }

  private String positiveLabel() {
    return String.valueOf(columns.positive());
  }

  private String resolveNegative(List<String> real) {
    String positiveLabel = positiveLabel();
    List<String> others = new ArrayList<>(real);
    others.remove(positiveLabel);
    if (others.size() == 1) {
      return others.get(0);
    }
    if (others.isEmpty()) {
      throw new InputException(
          InputMessages.negativeUnknown(request.file(), columns.label(), positiveLabel));
    }
    throw new InputException(
        InputMessages.negativeAmbiguous(request.file(), columns.label(), positiveLabel, others));
  }

  private Fingerprint fingerprint() {
    try {
      return fingerprint.toFingerprint();
    } catch (IllegalArgumentException e) {
      String idColumn = columns.id() == null ? "row number" : columns.id();
      throw new InputException(lines.repeatedId(request.file(), idColumn, e), e);
    }
  }

  private Currency currency() {
    CostSpec costs = request.costs();
    return costs == null ? Currency.getInstance("USD") : costs.currency();
  }
}
