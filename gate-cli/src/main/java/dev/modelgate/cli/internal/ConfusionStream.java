package dev.modelgate.cli.internal;

import dev.modelgate.metrics.ConfusionAccumulator;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts rows into a confusion matrix while the set of labels is still growing: rows come as class
 * indices in first-seen order, and {@link #finish} re-indexes the counts into the final label order.
 *
 * <p>Rows are buffered in chunks and counted by a {@link ConfusionAccumulator} over {@value
 * #FIRST_CAPACITY} placeholder classes; when a class index reaches the capacity, the accumulator is
 * kept and a new one of twice the capacity takes over, so the state is O(K²) for K labels and there
 * is one accumulator up to {@value #FIRST_CAPACITY} labels. Counts are exact. A weighted cell is the
 * correctly rounded sum of its weights when the labels fit in the first accumulator; past that, and
 * when two first-seen classes are merged into one label, it is the sum of a few correctly rounded
 * partial sums.
 *
 * <p>Not thread-safe.
 */
final class ConfusionStream {

  static final int FIRST_CAPACITY = 32;
  private static final int CHUNK = 4096;

  private final boolean weighted;
  private final List<ConfusionAccumulator> full = new ArrayList<>();
  private final int[] truth = new int[CHUNK];
  private final int[] predicted = new int[CHUNK];
  private final double[] weights;
  private ConfusionAccumulator current = placeholders(FIRST_CAPACITY);
  private int buffered;

  ConfusionStream(boolean weighted) {
    this.weighted = weighted;
    this.weights = new double[weighted ? CHUNK : 0];
  }

  /** Adds one row of weight 1 (or {@code weight} when this stream is weighted). */
  void add(int truthIndex, int predictedIndex, double weight) {
    int needed = Math.max(truthIndex, predictedIndex) + 1;
    if (needed > current.labels().size()) {
      grow(needed);
    }
    truth[buffered] = truthIndex;
    predicted[buffered] = predictedIndex;
    if (weighted) {
      weights[buffered] = weight;
    }
    if (++buffered == CHUNK) {
      flush();
    }
  }

  /**
   * The confusion matrix over {@code labels}: the counts of first-seen class {@code i} go to class
   * {@code remap[i]} of {@code labels}.
   */
  ConfusionMatrix finish(LabelDictionary labels, int[] remap) {
    flush();
    int k = labels.size();
    double[][] cells = new double[k][k];
    List<ConfusionAccumulator> all = new ArrayList<>(full);
    all.add(current);
    for (ConfusionAccumulator accumulator : all) {
      if (accumulator.rows() == 0) {
        continue;
      }
      ConfusionMatrix part = accumulator.toMatrix();
      int n = Math.min(part.classes(), remap.length);
      for (int t = 0; t < n; t++) {
        for (int p = 0; p < n; p++) {
          cells[remap[t]][remap[p]] += part.count(t, p);
        }
      }
    }
    return ConfusionMatrix.ofCounts(labels, cells);
  }

  private void grow(int needed) {
    flush();
    int capacity = current.labels().size();
    while (capacity < needed) {
      capacity *= 2;
    }
    full.add(current);
    current = placeholders(capacity);
  }

  private void flush() {
    if (buffered == 0) {
      return;
    }
    if (weighted) {
      current.addAll(truth, predicted, weights, 0, buffered);
    } else {
      current.addAll(truth, predicted, 0, buffered);
    }
    buffered = 0;
  }

  private static ConfusionAccumulator placeholders(int capacity) {
    return ConfusionAccumulator.of(LabelDictionary.indices(capacity));
  }
}
