package dev.modelgate.benchmarks;

import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.cost.BinaryCosts;
import dev.modelgate.metrics.cost.CostMatrix;
import dev.modelgate.metrics.paired.BootstrapDistribution;
import dev.modelgate.metrics.paired.ConfidenceInterval;
import dev.modelgate.metrics.paired.IntervalMethod;
import dev.modelgate.metrics.paired.JointTable;
import dev.modelgate.metrics.paired.PairedBootstrap;
import dev.modelgate.metrics.paired.PairedStatistic;
import dev.modelgate.metrics.paired.RowDifferenceAccumulator;
import dev.modelgate.metrics.paired.RowDifferences;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The coverage simulation of the paired intervals: test sets drawn from a known joint distribution
 * of (truth, champion, candidate), so the true differences are known, and how often the 95 %
 * intervals contain them; with equally good models, how often the plain strict rule (estimate &gt;
 * 0) and the confident rule (lower bound &gt; 0) would promote; with a better candidate, how often
 * the confident rule does (its power).
 *
 * <p>Run: {@code java -cp gate-benchmarks/target/benchmarks.jar
 * dev.modelgate.benchmarks.PairedBootstrapCoverage [repetitions] [resamples]} (defaults 1,000 and
 * 2,000; {@code scripts/run-paired-benchmarks.sh} runs it). Seeded: the same arguments print the
 * same table.
 *
 * <p>The model: 30 % positives (5 % in the "5% pos" cases); given the truth, both models are right
 * with probability 0.7, only the champion with c₁, only the candidate with c₂ (c₁ = c₂ = 0.1 for
 * equal models; "+0.02" is 0.09 and 0.11, "+0.04" 0.08 and 0.12; the rows give the resulting true
 * F1 difference), both wrong with the rest; a wrong prediction is the other class. Net benefit: a
 * declined row (predicted positive) is worth 0, an accepted negative +100, an accepted positive
 * −500. Per-row amounts: 1,000 (½), 5,000 (0.3), 20,000 (0.15) or 100,000 (0.05), independent of
 * the rest; an accepted positive loses its amount, an accepted negative earns 10 % of it.
 */
public final class PairedBootstrapCoverage {

  private static final LabelDictionary BINARY = LabelDictionary.indices(2);
  private static final CostMatrix FIXED =
      CostMatrix.binary(BinaryCosts.of("0", "0", "-500", "100"), 1);
  private static final CostMatrix LOANS =
      CostMatrix.binary(BinaryCosts.of("0", "0", "0", "0"), 1)
          .withRates(BinaryCosts.of("0", "0", "-1", "0.1"));
  private static final long[] AMOUNTS = {1_000, 5_000, 20_000, 100_000};
  private static final double[] AMOUNT_SHARES = {0.5, 0.3, 0.15, 0.05};
  private static final int[] ROWS = {200, 2_000, 20_000};

  private PairedBootstrapCoverage() {}

  /** Prints the simulation's table. */
  public static void main(String[] args) {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int resamples = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    long start = System.nanoTime();
    System.out.printf(Locale.ROOT, "%d repetitions, B = %d, 95%% two-sided intervals%n%n",
        repetitions, resamples);
    System.out.println("scenario            n  true dF1  cover BCa  cover pct  width BCa"
        + "  strict>0  BCa lo>0  pct lo>0  | true dNB  cover BCa  cover pct  BCa lo>0");
    double[][] scenarios = {
      {0.3, 0.10, 0.10}, {0.3, 0.09, 0.11}, {0.3, 0.08, 0.12}, {0.05, 0.10, 0.10},
      {0.05, 0.08, 0.12}
    };
    String[] names = {
      "equal models", "candidate +0.02", "candidate +0.04", "5% pos, equal", "5% pos, +0.04"
    };
    for (int s = 0; s < scenarios.length; s++) {
      for (int rows : ROWS) {
        table(names[s], scenarios[s], rows, repetitions, resamples);
      }
    }
    System.out.println();
    System.out.println("per-row amounts      n  true dNB      cover t  cover row BCa  cover row pct"
        + "  t lo>0");
    for (int s = 0; s < 3; s++) {
      for (int rows : ROWS) {
        perRow(names[s], scenarios[s], rows, repetitions, resamples);
      }
    }
    System.out.printf(Locale.ROOT, "%n%.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  private static void table(
      String name, double[] scenario, int rows, int repetitions, int resamples) {
    double[] cells = cells(scenario[0], scenario[1], scenario[2]);
    double trueF1 = f1(cells, true) - f1(cells, false);
    double trueNb = rows * netBenefitPerRow(cells);
    SplittableRandom data = new SplittableRandom(seed(1_000_003L, scenario, rows));
    PairedBootstrap bootstrap = PairedBootstrap.builder().resamples(resamples).build();
    Counts f1 = new Counts();
    Counts nb = new Counts();
    for (int r = 0; r < repetitions; r++) {
      JointTable table = draw(cells, rows, data);
      f1.add(bootstrap.distribution(table, PairedStatistic.f1Difference(1)), trueF1);
      nb.add(bootstrap.distribution(table, PairedStatistic.netBenefitDifference(FIXED)), trueNb);
    }
    System.out.printf(Locale.ROOT,
        "%-16s %6d  %+.4f   %6.1f%%    %6.1f%%    %.4f    %5.1f%%    %5.1f%%    %5.1f%%"
            + "  | %+8.0f   %6.1f%%    %6.1f%%    %5.1f%%%n",
        name, rows, trueF1, f1.percent(f1.coveredBca), f1.percent(f1.coveredPercentile),
        f1.widths / repetitions, f1.percent(f1.strict), f1.percent(f1.bcaAbove),
        f1.percent(f1.percentileAbove), trueNb, nb.percent(nb.coveredBca),
        nb.percent(nb.coveredPercentile), nb.percent(nb.bcaAbove));
  }

  private static void perRow(
      String name, double[] scenario, int rows, int repetitions, int resamples) {
    double[] cells = cells(scenario[0], scenario[1], scenario[2]);
    double trueTotal = rows * loanDifferencePerRow(cells);
    SplittableRandom data = new SplittableRandom(seed(7_000_003L, scenario, rows));
    boolean bootstrapRows = rows <= 2_000;
    int rowRepetitions = bootstrapRows ? Math.min(repetitions, 500) : repetitions;
    PairedBootstrap bootstrap = PairedBootstrap.builder().resamples(resamples / 2).build();
    int coveredT = 0;
    int coveredBca = 0;
    int coveredPercentile = 0;
    int tAbove = 0;
    for (int r = 0; r < rowRepetitions; r++) {
      LoanRows loans = LoanRows.draw(cells, rows, data);
      ConfidenceInterval t = loans.differences(LOANS).interval(0.95);
      coveredT += t.contains(trueTotal) ? 1 : 0;
      tAbove += t.lowerBoundAbove(0) ? 1 : 0;
      if (bootstrapRows) {
        BootstrapDistribution distribution = bootstrap.rowDistribution(
            LOANS, loans.truth(), loans.champion(), loans.candidate(), loans.amounts());
        coveredBca += distribution.interval(0.95, IntervalMethod.BCA).contains(trueTotal) ? 1 : 0;
        coveredPercentile +=
            distribution.interval(0.95, IntervalMethod.PERCENTILE).contains(trueTotal) ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "%-16s %6d  %+10.0f   %6.1f%%   %12s   %12s  %5.1f%%%n",
        name, rows, trueTotal, 100.0 * coveredT / rowRepetitions,
        bootstrapRows ? String.format(Locale.ROOT, "%.1f%%", 100.0 * coveredBca / rowRepetitions)
            : "-",
        bootstrapRows
            ? String.format(Locale.ROOT, "%.1f%%", 100.0 * coveredPercentile / rowRepetitions)
            : "-",
        100.0 * tAbove / rowRepetitions);
  }

  /** A seed per case, so that each case's test sets are drawn the same way on every run. */
  private static long seed(long salt, double[] scenario, int rows) {
    return salt * rows + Math.round(scenario[0] * 1e6) + Math.round(scenario[2] * 1e4);
  }

  /** Cell probabilities by index (t·2 + a)·2 + b, as the class documentation describes. */
  static double[] cells(double positives, double championOnly, double candidateOnly) {
    double bothWrong = 1 - 0.7 - championOnly - candidateOnly;
    double[] p = new double[8];
    for (int t = 0; t < 2; t++) {
      double pt = t == 1 ? positives : 1 - positives;
      p[(t * 2 + t) * 2 + t] = pt * 0.7;
      p[(t * 2 + t) * 2 + (1 - t)] = pt * championOnly;
      p[(t * 2 + (1 - t)) * 2 + t] = pt * candidateOnly;
      p[(t * 2 + (1 - t)) * 2 + (1 - t)] = pt * bothWrong;
    }
    return p;
  }

  private static double f1(double[] p, boolean candidate) {
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

  /** E[value(t, b) − value(t, a)] per row under the fixed cost matrix. */
  private static double netBenefitPerRow(double[] p) {
    double sum = 0;
    for (int c = 0; c < 8; c++) {
      int t = c >> 2;
      sum += p[c] * (FIXED.value(t, c & 1).doubleValue()
          - FIXED.value(t, (c >> 1) & 1).doubleValue());
    }
    return sum;
  }

  /** E[per-row loan difference], amounts independent of the cell, in currency units. */
  private static double loanDifferencePerRow(double[] p) {
    double meanAmount = 0;
    for (int i = 0; i < AMOUNTS.length; i++) {
      meanAmount += AMOUNT_SHARES[i] * AMOUNTS[i];
    }
    double sum = 0;
    for (int c = 0; c < 8; c++) {
      int t = c >> 2;
      sum += p[c] * meanAmount * (LOANS.rate(t, c & 1).doubleValue()
          - LOANS.rate(t, (c >> 1) & 1).doubleValue());
    }
    return sum;
  }

  private static int cell(double[] p, SplittableRandom random) {
    double u = random.nextDouble();
    int c = 0;
    while (c < p.length - 1 && u >= p[c]) {
      u -= p[c];
      c++;
    }
    return c;
  }

  private static JointTable draw(double[] p, int rows, SplittableRandom random) {
    long[][][] counts = new long[2][2][2];
    for (int i = 0; i < rows; i++) {
      int c = cell(p, random);
      counts[c >> 2][(c >> 1) & 1][c & 1]++;
    }
    return JointTable.ofCounts(BINARY, counts);
  }

  /** Tallies of one row of the table. */
  private static final class Counts {
    int coveredBca;
    int coveredPercentile;
    int strict;
    int bcaAbove;
    int percentileAbove;
    int repetitions;
    double widths;

    void add(BootstrapDistribution distribution, double truth) {
      ConfidenceInterval bca = distribution.interval(0.95, IntervalMethod.BCA);
      ConfidenceInterval percentile = distribution.interval(0.95, IntervalMethod.PERCENTILE);
      coveredBca += bca.contains(truth) ? 1 : 0;
      coveredPercentile += percentile.contains(truth) ? 1 : 0;
      strict += distribution.estimate() > 0 ? 1 : 0;
      bcaAbove += bca.lowerBoundAbove(0) ? 1 : 0;
      percentileAbove += percentile.lowerBoundAbove(0) ? 1 : 0;
      widths += bca.upper() - bca.lower();
      repetitions++;
    }

    double percent(int count) {
      return 100.0 * count / repetitions;
    }
  }

  /** Seeded loan rows with amounts in cents. */
  private record LoanRows(int[] truth, int[] champion, int[] candidate, long[] amounts) {

    static LoanRows draw(double[] p, int rows, SplittableRandom random) {
      int[] truth = new int[rows];
      int[] champion = new int[rows];
      int[] candidate = new int[rows];
      long[] amounts = new long[rows];
      for (int i = 0; i < rows; i++) {
        int c = cell(p, random);
        truth[i] = c >> 2;
        champion[i] = (c >> 1) & 1;
        candidate[i] = c & 1;
        amounts[i] = 100 * AMOUNTS[cell(AMOUNT_SHARES, random)];
      }
      return new LoanRows(truth, champion, candidate, amounts);
    }

    RowDifferences differences(CostMatrix costs) {
      return RowDifferenceAccumulator.of(costs)
          .addAll(truth, champion, candidate, amounts).toDifferences();
    }
  }
}
