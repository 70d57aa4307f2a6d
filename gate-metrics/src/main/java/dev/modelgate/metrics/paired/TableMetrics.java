package dev.modelgate.metrics.paired;

import dev.modelgate.metrics.cost.CostMatrix;

/**
 * The built-in {@link PairedStatistic}s, computed from the joint table's counts in O(K³) with no
 * allocation, with the same arithmetic as {@code ClassificationMetrics} so that they agree with it
 * to the bit.
 *
 * <p>Stateless and thread-safe.
 */
final class TableMetrics {

  private TableMetrics() {}

  /** (candidate right − champion right) / n. */
  static double accuracyDifference(JointTable table) {
    int k = table.classes();
    double champion = 0;
    double candidate = 0;
    for (int t = 0; t < k; t++) {
      for (int x = 0; x < k; x++) {
        champion += table.cell((t * k + t) * k + x);
        candidate += table.cell((t * k + x) * k + t);
      }
    }
    double n = table.rows();
    return Math.min(1.0, candidate / n) - Math.min(1.0, champion / n);
  }

  /** F1 of {@code c} of the candidate minus that of the champion, 0/0 = 0. */
  static double f1Difference(JointTable table, int c) {
    int k = table.classes();
    if (c < 0 || c >= k) {
      throw new IllegalArgumentException(
          "positiveClass = " + c + " is not a class index in [0, " + k + ")");
    }
    double actual = 0;
    double championTp = 0;
    double championPredicted = 0;
    double candidateTp = 0;
    double candidatePredicted = 0;
    for (int x = 0; x < k; x++) {
      for (int y = 0; y < k; y++) {
        actual += table.cell((c * k + x) * k + y);
        championPredicted += table.cell((x * k + c) * k + y);
        candidatePredicted += table.cell((x * k + y) * k + c);
      }
      championTp += table.cell((c * k + c) * k + x);
      candidateTp += table.cell((c * k + x) * k + c);
    }
    return f1(candidateTp, actual, candidatePredicted) - f1(championTp, actual, championPredicted);
  }

  /** F1 = 2·tp / (t + pp) as {@code FBeta} computes it for β = 1; 0 when t = pp = 0. */
  private static double f1(double tp, double actual, double predicted) {
    if (actual == 0 && predicted == 0 || tp == 0) {
      return 0.0;
    }
    return Math.min(1.0, (1 + 1.0) * tp / (1.0 * actual + predicted));
  }

  /** value(t, b) − value(t, a) for every cell (t, a, b), exact and rounded once. */
  static double[] valueDifferences(CostMatrix costs) {
    int k = costs.classes();
    double[] out = new double[k * k * k];
    for (int t = 0; t < k; t++) {
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          out[(t * k + a) * k + b] =
              costs.value(t, b).subtract(costs.value(t, a)).doubleValue();
        }
      }
    }
    return out;
  }

  /** Σ count × weight over the cells, for a table of {@code k} classes. */
  static double weightedSum(JointTable table, double[] weights, int k) {
    if (table.classes() != k) {
      throw PairedRejections.shapeMismatch(k, table.classes());
    }
    double sum = 0;
    for (int c = 0; c < weights.length; c++) {
      long n = table.cell(c);
      if (n != 0) {
        sum += n * weights[c];
      }
    }
    return sum;
  }
}
