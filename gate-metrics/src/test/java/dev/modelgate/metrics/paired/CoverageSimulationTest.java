package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.metrics.LabelDictionary;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coverage by simulation, small and seeded: test sets drawn from a known joint distribution of
 * (truth, champion, candidate), whose F1 difference is therefore known, and how often the 95 %
 * interval contains it. Nominal is 95 %; with 200 repetitions the standard error of the observed
 * coverage is 1.5 points. The full simulation (1,000 repetitions, B = 2,000, n up to 20,000) is
 * {@code PairedBootstrapCoverage} in gate-benchmarks.
 */
class CoverageSimulationTest {

  private static final LabelDictionary BINARY = LabelDictionary.indices(2);
  private static final int REPETITIONS = 200;

  @ParameterizedTest(name = "{0} rows, candidate alone right {2} vs champion alone {1}")
  @CsvSource({"200, 0.10, 0.10", "2000, 0.10, 0.10", "200, 0.06, 0.14", "2000, 0.08, 0.10"})
  void should_cover_the_true_f1_difference_about_95_percent_of_the_time(
      int rows, double championOnly, double candidateOnly) {
    double[] cells = cells(0.3, 0.7, championOnly, candidateOnly);
    double truth = f1(cells, true) - f1(cells, false);
    SplittableRandom data = new SplittableRandom(rows * 31L + (long) (candidateOnly * 100));
    PairedBootstrap bootstrap = PairedBootstrap.builder().resamples(500).build();
    int coveredBca = 0;
    int coveredPercentile = 0;
    double widths = 0;
    double[] estimates = new double[REPETITIONS];

    for (int r = 0; r < REPETITIONS; r++) {
      JointTable table = draw(cells, rows, data);
      BootstrapDistribution distribution =
          bootstrap.distribution(table, PairedStatistic.f1Difference(1));
      ConfidenceInterval bca = distribution.interval(0.95, IntervalMethod.BCA);
      coveredBca += bca.contains(truth) ? 1 : 0;
      coveredPercentile +=
          distribution.interval(0.95, IntervalMethod.PERCENTILE).contains(truth) ? 1 : 0;
      widths += bca.upper() - bca.lower();
      estimates[r] = distribution.estimate();
    }

    assertThat((double) coveredBca / REPETITIONS).isBetween(0.90, 0.99);
    assertThat((double) coveredPercentile / REPETITIONS).isBetween(0.90, 0.99);
    double widthOfTheTrueSpread = 2 * 1.96 * standardDeviation(estimates);
    assertThat(widths / REPETITIONS / widthOfTheTrueSpread).isBetween(0.8, 1.25);
  }

  /**
   * Cell probabilities, index (t·2 + a)·2 + b: P(t = 1) = {@code positives}; given t, both models
   * right with {@code bothRight}, only one of them with its share, both wrong with the rest.
   */
  static double[] cells(
      double positives, double bothRight, double championOnly, double candidateOnly) {
    double bothWrong = 1 - bothRight - championOnly - candidateOnly;
    double[] p = new double[8];
    for (int t = 0; t < 2; t++) {
      double pt = t == 1 ? positives : 1 - positives;
      p[(t * 2 + t) * 2 + t] = pt * bothRight;
      p[(t * 2 + t) * 2 + (1 - t)] = pt * championOnly;
      p[(t * 2 + (1 - t)) * 2 + t] = pt * candidateOnly;
      p[(t * 2 + (1 - t)) * 2 + (1 - t)] = pt * bothWrong;
    }
    return p;
  }

  /** The population F1 of class 1: 2·TP / (2·TP + FP + FN) in probabilities. */
  static double f1(double[] p, boolean candidate) {
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (int c = 0; c < 8; c++) {
      int t = c >> 2;
      int predicted = candidate ? c & 1 : (c >> 1) & 1;
      tp += t == 1 && predicted == 1 ? p[c] : 0;
      fp += t == 0 && predicted == 1 ? p[c] : 0;
      fn += t == 1 && predicted == 0 ? p[c] : 0;
    }
    return 2 * tp / (2 * tp + fp + fn);
  }

  private static JointTable draw(double[] p, int rows, SplittableRandom random) {
    long[][][] counts = new long[2][2][2];
    for (int i = 0; i < rows; i++) {
      double u = random.nextDouble();
      int c = 0;
      while (c < 7 && u >= p[c]) {
        u -= p[c];
        c++;
      }
      counts[c >> 2][(c >> 1) & 1][c & 1]++;
    }
    return JointTable.ofCounts(BINARY, counts);
  }

  private static double standardDeviation(double[] values) {
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / (values.length - 1));
  }
}
