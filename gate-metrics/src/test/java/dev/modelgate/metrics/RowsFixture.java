package dev.modelgate.metrics;

import java.util.SplittableRandom;

/** Seeded random rows and the slow, obviously correct matrix they should give. */
final class RowsFixture {

  private RowsFixture() {}

  /** {@code {truth, predicted}}: uniform classes, with predictions right about half the time. */
  static int[][] random(int k, int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] truth = new int[n];
    int[] predicted = new int[n];
    for (int i = 0; i < n; i++) {
      truth[i] = random.nextInt(k);
      predicted[i] = random.nextBoolean() ? truth[i] : random.nextInt(k);
    }
    return new int[][] {truth, predicted};
  }

  /** The matrix counted one row at a time with no fast path. */
  static ConfusionMatrix rowByRow(int k, int[] truth, int[] predicted) {
    double[][] cells = new double[k][k];
    for (int i = 0; i < truth.length; i++) {
      cells[truth[i]][predicted[i]]++;
    }
    return ConfusionMatrix.ofCounts(LabelDictionary.indices(k), cells);
  }
}
