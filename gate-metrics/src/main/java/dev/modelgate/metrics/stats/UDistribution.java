package dev.modelgate.metrics.stats;

/**
 * The exact null distribution of the Mann–Whitney U statistic for samples of n and m values
 * without ties.
 *
 * <p>The number of arrangements with U = u is the coefficient of q<sup>u</sup> in the Gaussian
 * binomial coefficient ∏<sub>i=1..k</sub> (1 − q<sup>l+i</sup>) / (1 − q<sup>i</sup>), with k =
 * min(n, m) and l = max(n, m). Each factor is applied as a multiplication by (1 −
 * q<sup>l+i</sup>) and a division by (1 − q<sup>i</sup>) (a running sum with stride i), scaled by
 * i / (l + i) so that the coefficients stay probabilities: there is no overflow however large the
 * samples, and the p-value of a far tail keeps its relative precision because the coefficients of
 * small u are sums of positive terms only.
 *
 * <p>Stateless and thread-safe.
 */
final class UDistribution {

  private UDistribution() {}

  /** P(U ≥ u) = P(U ≤ n·m − u), by the symmetry of the distribution. */
  static double survival(long u, int n, int m) {
    long max = (long) n * m;
    if (u <= 0) {
      return 1.0;
    }
    if (u > max) {
      return 0.0;
    }
    double[] pmf = pmf(n, m, (int) (max - u));
    double sum = 0;
    for (double p : pmf) {
      sum += p;
    }
    return sum;
  }

  /** The probabilities of U = 0 … {@code upTo}. */
  private static double[] pmf(int n, int m, int upTo) {
    int k = Math.min(n, m);
    int l = Math.max(n, m);
    double[] f = new double[upTo + 1];
    f[0] = 1.0;
    for (int i = 1; i <= k; i++) {
      int shift = l + i;
      for (int u = upTo; u >= shift; u--) {
        f[u] -= f[u - shift];
      }
      for (int u = i; u <= upTo; u++) {
        f[u] += f[u - i];
      }
      double scale = (double) i / shift;
      for (int u = 0; u <= upTo; u++) {
        f[u] *= scale;
      }
    }
    return f;
  }
}
