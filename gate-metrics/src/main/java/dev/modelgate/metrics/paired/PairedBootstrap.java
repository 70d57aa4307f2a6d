package dev.modelgate.metrics.paired;

import dev.modelgate.metrics.cost.CostMatrix;
import dev.modelgate.metrics.stats.InsufficientDataException;
import java.math.BigDecimal;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The paired bootstrap of champion and candidate on one test set, run on their {@link JointTable}
 * rather than on the rows: each resample is a multinomial draw of n rows over the table's cells,
 * which is exactly the distribution of counting n rows drawn with replacement, at a cost of
 * O(cells) instead of O(n). B resamples cost O(B·K³) whatever the size of the test set.
 *
 * <p><b>Defaults.</b> B = {@value #DEFAULT_RESAMPLES} resamples: the Monte Carlo error of a 95 %
 * bound is then under 1 % of the interval's width, and the resampling takes about 2 ms. Seed
 * {@value #DEFAULT_SEED}. Method {@link IntervalMethod#PERCENTILE}: in the coverage simulation
 * ({@code PairedBootstrapCoverage} in gate-benchmarks; 1,000 test sets per case, nominal 95 %) it
 * covers the true F1 and net-benefit differences as well as BCa does on balanced data (both 92 to
 * 95 % from n = 200 to 20,000), and better where the data are lumpy: with 5 % positives at n = 200
 * the percentile interval covers 92 to 94 % and BCa 88 %, and for per-row amounts BCa falls to 76
 * to 91 % (SciPy's BCa does the same on the same data). BCa, which matches SciPy's {@code
 * bootstrap(method='BCa')}, is one option away.
 *
 * <p><b>BCa's acceleration</b> is the jackknife over rows, computed over cells: deleting any one of
 * the c rows of a cell gives the same table (that cell's count minus 1), so the n jackknife values
 * are the K³ values θ₍ⱼ₎ with multiplicities cⱼ, and a = Σ cⱼ(θ̄ − θ₍ⱼ₎)³ / (6 (Σ cⱼ(θ̄ −
 * θ₍ⱼ₎)²)^{3/2}) with θ̄ = Σ cⱼθ₍ⱼ₎ / n: exactly the row jackknife, at O(K³) evaluations.
 *
 * <p><b>Reproducibility.</b> The same table, statistic, B and seed give the same resamples and the
 * same bounds, bit for bit, on every machine: the random source is a named algorithm with a fixed
 * seed expansion, every draw uses only strict arithmetic and {@link StrictMath}, and so does the
 * normal distribution behind BCa. A different seed gives different resamples.
 *
 * <p>Example: a 95 % interval for the F1 difference, promoted only if it lies above 0:
 *
 * <pre>{@code
 * JointTable table = JointTable.of(labels, truth, championPredictions, candidatePredictions);
 * ConfidenceInterval ci =
 *     PairedBootstrap.ofDefaults().interval(table, PairedStatistic.f1Difference(1), 0.95);
 * boolean confident = ci.lowerBoundAbove(0.0);
 * }</pre>
 *
 * <p>Immutable and thread-safe; each run has its own random source.
 */
public final class PairedBootstrap {

  /** The default number of resamples B: 10,000. */
  public static final int DEFAULT_RESAMPLES = 10_000;

  /** The default seed: 42. */
  public static final long DEFAULT_SEED = 42;

  private static final String NEED = "a bootstrap needs at least 2 rows";
  private static final PairedBootstrap DEFAULTS =
      new PairedBootstrap(DEFAULT_RESAMPLES, DEFAULT_SEED, IntervalMethod.PERCENTILE);

  private final int resamples;
  private final long seed;
  private final IntervalMethod method;

  private PairedBootstrap(int resamples, long seed, IntervalMethod method) {
    this.resamples = resamples;
    this.seed = seed;
    this.method = method;
  }

  /** B = 10,000, seed 42, percentile intervals. */
  public static PairedBootstrap ofDefaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** B, the number of resamples. */
  public int resamples() {
    return resamples;
  }

  /** The seed of the random source. */
  public long seed() {
    return seed;
  }

  /** The interval method of {@link #interval}. */
  public IntervalMethod method() {
    return method;
  }

  /**
   * The interval for {@code statistic} on {@code table} at {@code confidence} with this bootstrap's
   * method.
   *
   * @throws IllegalArgumentException if the confidence is not in (0, 1)
   * @throws InsufficientDataException if the table has fewer than 2 rows
   */
  public ConfidenceInterval interval(
      JointTable table, PairedStatistic statistic, double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw PairedRejections.notALevel(confidence);
    }
    return distribution(table, statistic).interval(confidence, method);
  }

  /**
   * The bootstrap distribution of {@code statistic} on {@code table}: B resamples and the jackknife
   * acceleration, for intervals at any level by either method.
   *
   * @throws InsufficientDataException if the table has fewer than 2 rows
   */
  public BootstrapDistribution distribution(JointTable table, PairedStatistic statistic) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(statistic, "statistic");
    long n = table.rows();
    if (n < 2) {
      throw new InsufficientDataException(
          "table has " + n + " row" + (n == 1 ? "" : "s") + ": " + NEED);
    }
    long[] observed = new long[table.cells()];
    for (int c = 0; c < observed.length; c++) {
      observed[c] = table.cell(c);
    }
    Multinomial multinomial = new Multinomial(observed, seed);
    double[] values = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      long[] drawn = new long[observed.length];
      multinomial.draw(n, drawn);
      values[r] = statistic.of(table.withCounts(drawn, n));
    }
    double estimate = statistic.of(table);
    return new BootstrapDistribution(estimate, values, acceleration(table, statistic), seed);
  }

  /**
   * The bootstrap distribution of the total difference in example-dependent net benefit under
   * {@code costs}, candidate − champion, by resampling the rows themselves: each of the B resamples
   * draws n rows with replacement and sums their differences (exact, in units of 10<sup>−S</sup>;
   * see {@link RowDifferenceAccumulator}) and rounds the sum once to the currency. The acceleration
   * is the row jackknife's, a = Σ(dᵢ − d̄)³ / (6 (Σ(dᵢ − d̄)²)^{3/2}).
   *
   * <p>This costs O(B·n) and holds the n differences in memory. It makes no normality
   * assumption, but that does not make it the better interval for small n: in the coverage
   * simulation (heavy-tailed amounts, nominal 95 %) its percentile interval covered 86 to 94 % at
   * n = 200 and 2,000, its BCa interval 76 to 91 %, and {@link RowDifferences#interval}'s t
   * interval 93 to 98 %. Prefer the t interval for the total; use this for a second opinion, with
   * {@link IntervalMethod#PERCENTILE}.
   *
   * @throws IllegalArgumentException if the lengths differ or a class index is outside [0, K)
   * @throws ArithmeticException if a difference or a resampled sum overflows
   * @throws InsufficientDataException with fewer than 2 rows
   */
  public BootstrapDistribution rowDistribution(
      CostMatrix costs, int[] truth, int[] champion, int[] candidate, long[] amounts) {
    Objects.requireNonNull(costs, "costs");
    RowValues rowValues = RowValues.of(costs);
    long[] d = rowValues.differences(truth, champion, candidate, amounts);
    int n = d.length;
    if (n < 2) {
      throw new InsufficientDataException(
          "differences have " + n + " row" + (n == 1 ? "" : "s") + ": " + NEED);
    }
    int scale = rowValues.scale();
    UniformRandomProvider random = Multinomial.source(seed);
    double[] values = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      long sum = 0;
      for (int i = 0; i < n; i++) {
        sum = Math.addExact(sum, d[Uniforms.below(random, n)]);
      }
      values[r] = BigDecimal.valueOf(sum, scale).doubleValue();
    }
    long total = 0;
    for (long x : d) {
      total = Math.addExact(total, x);
    }
    double mean = (double) total / n;
    double squares = 0;
    double cubes = 0;
    for (long x : d) {
      double deviation = x - mean;
      squares += deviation * deviation;
      cubes += deviation * deviation * deviation;
    }
    return new BootstrapDistribution(
        BigDecimal.valueOf(total, scale).doubleValue(), values,
        Jackknife.acceleration(cubes, squares), seed);
  }

  /** The row jackknife's acceleration, one evaluation per non-empty cell (see the class doc). */
  private static double acceleration(JointTable table, PairedStatistic statistic) {
    int cells = table.cells();
    long n = table.rows();
    double[] theta = new double[cells];
    double mean = 0;
    for (int c = 0; c < cells; c++) {
      long count = table.cell(c);
      if (count > 0) {
        long[] deleted = new long[cells];
        for (int j = 0; j < cells; j++) {
          deleted[j] = table.cell(j);
        }
        deleted[c]--;
        theta[c] = statistic.of(table.withCounts(deleted, n - 1));
        mean += count * theta[c];
      }
    }
    mean /= n;
    double squares = 0;
    double cubes = 0;
    for (int c = 0; c < cells; c++) {
      long count = table.cell(c);
      if (count > 0) {
        double d = mean - theta[c];
        squares += count * d * d;
        cubes += count * d * d * d;
      }
    }
    return Jackknife.acceleration(cubes, squares);
  }

  /**
   * Builds a {@link PairedBootstrap}; starts from the defaults. Not thread-safe; {@link #build()}
   * may be called more than once.
   */
  public static final class Builder {

    private int resamples = DEFAULT_RESAMPLES;
    private long seed = DEFAULT_SEED;
    private IntervalMethod method = IntervalMethod.PERCENTILE;

    private Builder() {}

    /**
     * The number of resamples B.
     *
     * @throws IllegalArgumentException if {@code resamples} is less than 1
     */
    public Builder resamples(int resamples) {
      if (resamples < 1) {
        throw PairedRejections.notResamples(resamples);
      }
      this.resamples = resamples;
      return this;
    }

    /** The seed of the random source. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The interval method, {@link IntervalMethod#PERCENTILE} or {@link IntervalMethod#BCA}.
     *
     * @throws IllegalArgumentException for {@link IntervalMethod#STUDENT_T}
     */
    public Builder method(IntervalMethod method) {
      Objects.requireNonNull(method, "method");
      if (method == IntervalMethod.STUDENT_T) {
        throw PairedRejections.notABootstrapMethod(method);
      }
      this.method = method;
      return this;
    }

    /** The bootstrap. */
    public PairedBootstrap build() {
      return new PairedBootstrap(resamples, seed, method);
    }
  }
}
