package dev.modelgate.benchmarks;

import dev.modelgate.metrics.curve.ThresholdCurve;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole threshold curve of 10,000,000 scored rows (thresholds, cumulative TP/FP, ROC AUC and
 * average precision) against the reference: one {@code Arrays.sort(double[])} of the same scores.
 *
 * <p>Data: uniform scores in [0, 1), so almost every score is a distinct threshold (the worst
 * case), and 30% positives, from {@code SplittableRandom(42)}; {@code
 * scripts/sklearn_curve_reference.py} times scikit-learn on numpy data of the same shape. The
 * reference sorts a fresh copy whose copying is excluded from its time (per-invocation setup);
 * the curve's time includes everything it does, copying included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThresholdCurveBenchmark {

  @Param("10000000")
  int rows;

  double[] scores;
  boolean[] truth;
  double[] weights;

  /** Makes the seeded data once per trial. */
  @Setup(Level.Trial)
  public void makeData() {
    SplittableRandom random = new SplittableRandom(42);
    scores = new double[rows];
    truth = new boolean[rows];
    weights = new double[rows];
    for (int i = 0; i < rows; i++) {
      scores[i] = random.nextDouble();
      truth[i] = random.nextDouble() < 0.3;
      weights[i] = 0.5 + random.nextDouble();
    }
  }

  /** A fresh unsorted copy of the scores for each invocation of the reference sort. */
  @State(Scope.Thread)
  public static class Unsorted {
    double[] copy;

    /** Copies outside the measured time. */
    @Setup(Level.Invocation)
    public void copy(ThresholdCurveBenchmark data) {
      copy = data.scores.clone();
    }
  }

  /** The reference: one {@code Arrays.sort} of all the scores. */
  @Benchmark
  public double[] sortReference(Unsorted unsorted) {
    Arrays.sort(unsorted.copy);
    return unsorted.copy;
  }

  /** The curve with its ROC AUC and average precision. */
  @Benchmark
  public double curve() {
    ThresholdCurve curve = ThresholdCurve.of(truth, scores);
    return curve.rocAuc() + curve.averagePrecision() + curve.size();
  }

  /** The same with a weight per row. */
  @Benchmark
  public double weightedCurve() {
    ThresholdCurve curve = ThresholdCurve.of(truth, scores, weights);
    return curve.rocAuc() + curve.averagePrecision() + curve.size();
  }
}
