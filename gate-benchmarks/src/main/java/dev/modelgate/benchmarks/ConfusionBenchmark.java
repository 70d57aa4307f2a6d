package dev.modelgate.benchmarks;

import dev.modelgate.metrics.Average;
import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.ConfusionAccumulator;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.math.BigDecimal;
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
 * The confusion-matrix hot path on 10,000,000 seeded rows of {@code int} labels, next to the
 * memory-bandwidth bound: a plain sum over the same two arrays.
 *
 * <p>Targets: the binary matrix with its F1 and net benefit within 2× of the plain sum, five
 * classes with macro F1 within 3×. {@code scripts/run-confusion-benchmarks.sh} runs this with the
 * scikit-learn and numpy reference ({@code scripts/sklearn_confusion_reference.py}) and prints the
 * ratios. Each benchmark method's state is read-only, so JMH may run it on any thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ConfusionBenchmark {

  /** Rows per array, as in the Python reference. */
  public static final int ROWS = 10_000_000;

  private static final LabelDictionary BINARY = LabelDictionary.of("negative", "positive");
  private static final LabelDictionary FIVE = LabelDictionary.indices(5);
  /** German credit, positive = Bad: declining is worth nothing, a bad loan -500, a good one 100. */
  private static final BinaryCosts COSTS = BinaryCosts.of("0", "0", "-500", "100");

  private int[] binaryTruth = new int[0];
  private int[] binaryPredicted = new int[0];
  private int[] fiveTruth = new int[0];
  private int[] fivePredicted = new int[0];

  /**
   * Seeded labels: binary with 30% positives and predictions right 80% of the time; five uniform
   * classes with predictions right 60% of the time.
   */
  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(42);
    binaryTruth = new int[ROWS];
    binaryPredicted = new int[ROWS];
    fiveTruth = new int[ROWS];
    fivePredicted = new int[ROWS];
    for (int i = 0; i < ROWS; i++) {
      binaryTruth[i] = random.nextDouble() < 0.3 ? 1 : 0;
      binaryPredicted[i] = random.nextDouble() < 0.8 ? binaryTruth[i] : 1 - binaryTruth[i];
      fiveTruth[i] = random.nextInt(5);
      fivePredicted[i] = random.nextDouble() < 0.6 ? fiveTruth[i] : random.nextInt(5);
    }
  }

  /** (a) The binary matrix, the positive class's F1 and the net benefit of the four counts. */
  @Benchmark
  public void binaryF1AndNetBenefit(Blackhole blackhole) {
    ConfusionMatrix matrix =
        ConfusionAccumulator.of(BINARY).addAll(binaryTruth, binaryPredicted).toMatrix();
    blackhole.consume(ClassificationMetrics.of(matrix).f1(1));
    blackhole.consume(netBenefit(matrix));
  }

  /** (b) The five-class matrix and its macro F1. */
  @Benchmark
  public double fiveClassesMacroF1() {
    ConfusionMatrix matrix =
        ConfusionAccumulator.of(FIVE).addAll(fiveTruth, fivePredicted).toMatrix();
    return ClassificationMetrics.of(matrix).f1(Average.MACRO);
  }

  /** (c) The bound for (a): a plain sum over the same two arrays. */
  @Benchmark
  public int plainSumBinary() {
    return plainSum(binaryTruth, binaryPredicted);
  }

  /** (c) The bound for (b): a plain sum over the same two arrays. */
  @Benchmark
  public int plainSumFiveClasses() {
    return plainSum(fiveTruth, fivePredicted);
  }

  private static int plainSum(int[] truth, int[] predicted) {
    int sum = 0;
    for (int i = 0; i < truth.length; i++) {
      sum += truth[i] + predicted[i];
    }
    return sum;
  }

  private static BigDecimal netBenefit(ConfusionMatrix matrix) {
    return COSTS.tp().multiply(BigDecimal.valueOf((long) matrix.truePositives(1)))
        .add(COSTS.fp().multiply(BigDecimal.valueOf((long) matrix.falsePositives(1))))
        .add(COSTS.fn().multiply(BigDecimal.valueOf((long) matrix.falseNegatives(1))))
        .add(COSTS.tn().multiply(BigDecimal.valueOf((long) matrix.trueNegatives(1))));
  }
}
