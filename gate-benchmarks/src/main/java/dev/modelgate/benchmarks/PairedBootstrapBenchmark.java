package dev.modelgate.benchmarks;

import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.ConfusionAccumulator;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.paired.ConfidenceInterval;
import dev.modelgate.metrics.paired.JointTable;
import dev.modelgate.metrics.paired.JointTableAccumulator;
import dev.modelgate.metrics.paired.PairedBootstrap;
import dev.modelgate.metrics.paired.PairedStatistic;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The paired comparison of champion and candidate on 10,000,000 seeded binary rows: one pass
 * building the joint table plus B = 10,000 paired bootstrap resamples of the F1 difference (the
 * defaults: percentile interval, seed 42), against the one-pass evaluation alone, and against a
 * row-resampling bootstrap.
 *
 * <p>Target: {@link #comparison} within 1.5× of the one-pass evaluation alone. Two references
 * measure that evaluation: {@link #jointTable} (the same pass without the resampling) and {@link
 * #twoConfusionMatrices} (what evaluating both models costs without any paired statistics).
 * {@link #rowResamplingOneResample} is the naive alternative, one resample of n rows drawn with
 * replacement and both models' F1 recomputed; B = 10,000 of them cost 10,000 times as much, which
 * {@code scripts/run-paired-benchmarks.sh} extrapolates (it is not run 10,000 times).
 *
 * <p>Data from {@code SplittableRandom(42)}: 30 % positives; the champion is right on 80 % of rows,
 * the candidate agrees with it on 85 % of rows and is otherwise right with probability ½ (so it is
 * slightly worse). Each benchmark's state is read-only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PairedBootstrapBenchmark {

  /** Rows per array. */
  public static final int ROWS = 10_000_000;

  private static final LabelDictionary BINARY = LabelDictionary.of("negative", "positive");
  private static final PairedStatistic F1_DIFFERENCE = PairedStatistic.f1Difference(1);

  private int[] truth = new int[0];
  private int[] champion = new int[0];
  private int[] candidate = new int[0];
  private JointTable table = JointTableAccumulator.of(BINARY).toTable();

  /** Makes the seeded rows and their joint table once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(42);
    truth = new int[ROWS];
    champion = new int[ROWS];
    candidate = new int[ROWS];
    for (int i = 0; i < ROWS; i++) {
      truth[i] = random.nextDouble() < 0.3 ? 1 : 0;
      champion[i] = random.nextDouble() < 0.8 ? truth[i] : 1 - truth[i];
      if (random.nextDouble() < 0.85) {
        candidate[i] = champion[i];
      } else {
        candidate[i] = random.nextDouble() < 0.5 ? truth[i] : 1 - truth[i];
      }
    }
    table = JointTable.of(BINARY, truth, champion, candidate);
  }

  /** Reference: the one pass that builds the joint table. */
  @Benchmark
  public JointTable jointTable() {
    return JointTableAccumulator.of(BINARY).addAll(truth, champion, candidate).toTable();
  }

  /** Reference: both models' confusion matrices and F1, as an evaluation without pairing does. */
  @Benchmark
  public void twoConfusionMatrices(Blackhole blackhole) {
    blackhole.consume(ClassificationMetrics.of(
        ConfusionAccumulator.of(BINARY).addAll(truth, champion).toMatrix()).f1(1));
    blackhole.consume(ClassificationMetrics.of(
        ConfusionAccumulator.of(BINARY).addAll(truth, candidate).toMatrix()).f1(1));
  }

  /** The whole comparison: the joint table and the 95 % interval of the F1 difference. */
  @Benchmark
  public ConfidenceInterval comparison() {
    JointTable joint =
        JointTableAccumulator.of(BINARY).addAll(truth, champion, candidate).toTable();
    return PairedBootstrap.ofDefaults().interval(joint, F1_DIFFERENCE, 0.95);
  }

  /** The resampling alone, on the table built once. */
  @Benchmark
  public ConfidenceInterval bootstrapOnly() {
    return PairedBootstrap.ofDefaults().interval(table, F1_DIFFERENCE, 0.95);
  }

  /** The resampling alone with a statistic written against ClassificationMetrics. */
  @Benchmark
  public ConfidenceInterval bootstrapOnlyGenericStatistic() {
    return PairedBootstrap.ofDefaults()
        .interval(table, PairedStatistic.difference(m -> ClassificationMetrics.of(m).f1(1)), 0.95);
  }

  /**
   * The naive alternative, one resample: n row indices drawn with replacement and both models'
   * counts for F1 accumulated over them; seeded per invocation so each call is the same work.
   */
  @Benchmark
  public double rowResamplingOneResample() {
    SplittableRandom random = new SplittableRandom(7);
    int n = truth.length;
    long championTp = 0;
    long championPredicted = 0;
    long candidateTp = 0;
    long candidatePredicted = 0;
    long positives = 0;
    for (int i = 0; i < n; i++) {
      int row = random.nextInt(n);
      int t = truth[row];
      int a = champion[row];
      int b = candidate[row];
      positives += t;
      championPredicted += a;
      championTp += t & a;
      candidatePredicted += b;
      candidateTp += t & b;
    }
    return 2.0 * candidateTp / (positives + candidatePredicted)
        - 2.0 * championTp / (positives + championPredicted);
  }
}
