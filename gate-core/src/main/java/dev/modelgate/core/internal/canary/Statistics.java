package dev.modelgate.core.internal.canary;

import java.util.Arrays;

/**
 * The statistics the canary checks need, behind one seam: the binomial tail of the error-rate
 * comparison, PSI, the two-sample Kolmogorov–Smirnov test and the chi-square test of homogeneity.
 * Stateless and thread-safe.
 */
public final class Statistics {

  /** The smallest share a PSI bin counts with, so that an empty bin does not make PSI infinite. */
  static final double SHARE_FLOOR = 1e-4;

  private static final int PSI_BINS = 10;

  private Statistics() {}

  /** A test's statistic and p-value. */
  public record Test(double statistic, double pValue) {}

  /**
   * {@code P(X >= k)} for {@code X ~ Binomial(n, p)}, exactly summed in log space: 1 for {@code k
   * <= 0}, 0 for {@code k > n}.
   */
  public static double binomialUpperTail(long k, long n, double p) {
    if (k <= 0) {
      return 1.0;
    }
    if (k > n || p <= 0) {
      return 0.0;
    }
    if (p >= 1) {
      return 1.0;
    }
    double logTerm = Gamma.logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
    double term = Math.exp(logTerm);
    double sum = 0;
    double odds = p / (1 - p);
    for (long i = k; i <= n && term > 0; i++) {
      sum += term;
      if (term < sum * 1e-17) {
        break;
      }
      term *= (double) (n - i) / (i + 1) * odds;
    }
    return Math.min(1.0, sum);
  }

  /** PSI of two score samples over bins cut at the reference's deciles (linear interpolation). */
  public static double psiOfScores(double[] reference, double[] comparison) {
    double[] sorted = reference.clone();
    Arrays.sort(sorted);
    double[] edges = new double[PSI_BINS - 1];
    int size = 0;
    for (int j = 1; j < PSI_BINS; j++) {
      double edge = quantile(sorted, (double) j / PSI_BINS);
      if (size == 0 || edge > edges[size - 1]) {
        edges[size++] = edge;
      }
    }
    double[] cut = Arrays.copyOf(edges, size);
    return psiOfCounts(binCounts(reference, cut), binCounts(comparison, cut));
  }

  /** PSI of two count vectors, bin {@code i} of one matching bin {@code i} of the other. */
  public static double psiOfCounts(long[] reference, long[] comparison) {
    double referenceTotal = Arrays.stream(reference).sum();
    double comparisonTotal = Arrays.stream(comparison).sum();
    double psi = 0;
    for (int i = 0; i < reference.length; i++) {
      double r = Math.max(reference[i] / referenceTotal, SHARE_FLOOR);
      double c = Math.max(comparison[i] / comparisonTotal, SHARE_FLOOR);
      psi += (c - r) * (Math.log(c) - Math.log(r));
    }
    return psi;
  }

  /**
   * The two-sample Kolmogorov–Smirnov test: D, the largest distance between the empirical
   * distribution functions (computed on whole numbers and divided once, so 48,800 / 800,000 is
   * exactly the double nearest 0.061), and its two-sided p-value from the Kolmogorov distribution with
   * Stephens' small-sample correction.
   */
  public static Test kolmogorovSmirnov(double[] a, double[] b) {
    double[] x = a.clone();
    double[] y = b.clone();
    Arrays.sort(x);
    Arrays.sort(y);
    int i = 0;
    int j = 0;
    long most = 0;
    while (i < x.length && j < y.length) {
      double v = Math.min(x[i], y[j]);
      while (i < x.length && x[i] == v) {
        i++;
      }
      while (j < y.length && y[j] == v) {
        j++;
      }
      most = Math.max(most, Math.abs((long) i * y.length - (long) j * x.length));
    }
    double d = (double) most / ((long) x.length * y.length);
    double en = Math.sqrt((double) x.length * y.length / (x.length + y.length));
    return new Test(d, kolmogorovTail((en + 0.12 + 0.11 / en) * d));
  }

  /**
   * The chi-square test of homogeneity of two count vectors (a 2 × k table); categories empty on
   * both sides are dropped, and {@code k − 1} degrees of freedom remain. The statistic is carried
   * in {@link Test#statistic()}; with fewer than two categories the p-value is 1.
   */
  public static Test chiSquare(long[] a, long[] b) {
    double totalA = Arrays.stream(a).sum();
    double totalB = Arrays.stream(b).sum();
    double total = totalA + totalB;
    double statistic = 0;
    int categories = 0;
    for (int i = 0; i < a.length; i++) {
      double column = a[i] + b[i];
      if (column == 0) {
        continue;
      }
      categories++;
      double expectedA = totalA * column / total;
      double expectedB = totalB * column / total;
      statistic += sq(a[i] - expectedA) / expectedA + sq(b[i] - expectedB) / expectedB;
    }
    if (categories < 2) {
      return new Test(0, 1);
    }
    return new Test(statistic, Gamma.upperRegularized((categories - 1) / 2.0, statistic / 2));
  }

  private static double sq(double v) {
    return v * v;
  }

  private static long[] binCounts(double[] values, double[] edges) {
    long[] counts = new long[edges.length + 1];
    for (double v : values) {
      int bin = Arrays.binarySearch(edges, v);
      counts[bin >= 0 ? bin : -bin - 1]++;
    }
    return counts;
  }

  private static double quantile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int low = (int) Math.floor(position);
    int high = Math.min(low + 1, sorted.length - 1);
    return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
  }

  private static double kolmogorovTail(double lambda) {
    if (lambda < 0.2) {
      return 1.0;
    }
    double sum = 0;
    for (int j = 1; j <= 100; j++) {
      double term = Math.exp(-2.0 * j * j * lambda * lambda);
      sum += (j % 2 == 1 ? term : -term);
      if (term < 1e-16) {
        break;
      }
    }
    return Math.max(0, Math.min(1, 2 * sum));
  }
}
