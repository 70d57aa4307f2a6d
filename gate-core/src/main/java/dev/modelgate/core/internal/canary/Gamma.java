package dev.modelgate.core.internal.canary;

/**
 * The log-gamma function and the regularized upper incomplete gamma function that the binomial and
 * chi-square tails need. Stateless and thread-safe.
 */
final class Gamma {

  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  private Gamma() {}

  /** {@code ln Γ(x)} for {@code x > 0}, by the Lanczos approximation (g = 7, n = 9). */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double z = x - 1;
    double a = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      a += LANCZOS[i] / (z + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /** {@code ln C(n, k)}. */
  static double logChoose(long n, long k) {
    return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
  }

  /** {@code Q(s, x) = Γ(s, x) / Γ(s)}, by its series below {@code s + 1} and a continued fraction above. */
  static double upperRegularized(double s, double x) {
    if (x <= 0) {
      return 1.0;
    }
    if (x < s + 1) {
      double term = 1.0 / s;
      double sum = term;
      for (int n = 1; n < 10_000 && Math.abs(term) > Math.abs(sum) * 1e-16; n++) {
        term *= x / (s + n);
        sum += term;
      }
      return Math.max(0, 1 - sum * Math.exp(-x + s * Math.log(x) - logGamma(s)));
    }
    double tiny = 1e-300;
    double b = x + 1 - s;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 10_000; i++) {
      double an = -i * (i - s);
      b += 2;
      d = an * d + b;
      d = Math.abs(d) < tiny ? tiny : d;
      c = b + an / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return Math.exp(-x + s * Math.log(x) - logGamma(s)) * h;
  }
}
