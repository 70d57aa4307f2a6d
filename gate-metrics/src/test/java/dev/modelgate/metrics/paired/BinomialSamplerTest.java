package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The draws follow the binomial distribution: a chi-square goodness-of-fit test against Commons
 * Statistics' probabilities, on 2,000,000 seeded draws, for the inversion (mean below 10), the
 * rejection method (mean 10 and more) and p above ½ (drawn as n minus a draw with 1 − p).
 */
class BinomialSamplerTest {

  private static final int DRAWS = 2_000_000;

  @ParameterizedTest(name = "n={0}, p={1}/{2}")
  @CsvSource({
    "20, 3, 10", // inversion
    "1000, 4, 1000", // inversion, small p
    "50, 3, 10", // BTRS at its smallest mean
    "1000, 1, 2", // BTRS, p = 1/2
    "100, 9, 10", // p > 1/2: 100 - Binomial(100, 0.1)
    "10000000, 3, 10", // BTRS, ten million trials
    "10000000, 7, 10000000" // inversion with ten million trials
  })
  void should_fit_the_binomial_distribution(long n, long success, long total) {
    UniformRandomProvider random = Multinomial.source(20240610);
    double p = (double) success / total;
    BinomialDistribution binomial = BinomialDistribution.of((int) n, p);
    long[] draws = new long[DRAWS];
    for (int i = 0; i < DRAWS; i++) {
      draws[i] = BinomialSampler.sample(random, n, success, total);
    }

    assertThat(Arrays.stream(draws).min().getAsLong()).isGreaterThanOrEqualTo(0);
    assertThat(Arrays.stream(draws).max().getAsLong()).isLessThanOrEqualTo(n);
    assertThat(goodnessOfFit(draws, binomial)).as("chi-square p-value").isGreaterThan(1e-4);
    double mean = 0;
    for (long x : draws) {
      mean += x;
    }
    mean /= DRAWS;
    double standardError = Math.sqrt(n * p * (1 - p) / DRAWS);
    assertThat(Math.abs(mean - n * p)).isLessThan(5 * standardError);
  }

  @ParameterizedTest(name = "n={0}, weight {1} of {2}")
  @CsvSource({"0, 3, 10", "10, 0, 10", "10, 10, 10", "1, 1, 3"})
  void should_draw_the_certain_outcomes_exactly(long n, long success, long total) {
    UniformRandomProvider random = Multinomial.source(1);

    long x = BinomialSampler.sample(random, n, success, total);

    if (success == 0 || n == 0) {
      assertThat(x).isZero();
    } else if (success == total) {
      assertThat(x).isEqualTo(n);
    } else {
      assertThat(x).isBetween(0L, n);
    }
  }

  /**
   * The second squeeze may settle a draw only because ln(f(k) / f(m)) lies within its band for
   * every |k − m| ≤ npq / 2; checked here against Commons Statistics' log probabilities.
   */
  @ParameterizedTest(name = "n={0}, p={1}")
  @CsvSource({"20, 0.5", "60, 0.2", "400, 0.03", "1000, 0.45", "25000, 0.3", "200000, 0.01"})
  void should_bound_the_log_probability_ratio_within_the_squeeze_band(int n, double p) {
    BinomialDistribution binomial = BinomialDistribution.of(n, p);
    double npq = n * p * (1 - p);
    int m = (int) Math.floor((n + 1) * p);
    double logMode = binomial.logProbability(m);

    for (int k = 0; k <= n; k++) {
      double km = Math.abs(k - m);
      if (km <= 0.5 * npq) {
        double ratio = binomial.logProbability(k) - logMode;
        double center = BinomialSampler.squeezeCenter(km, npq);
        double radius = BinomialSampler.squeezeRadius(km, npq);
        assertThat(ratio).as("k = %d", k).isBetween(center - radius - 1e-9, center + radius + 1e-9);
      }
    }
  }

  /** The p-value of Pearson's statistic over bins pooled until each expects at least 20 draws. */
  private static double goodnessOfFit(long[] draws, BinomialDistribution binomial) {
    int lo = binomial.inverseCumulativeProbability(1e-9);
    int hi = binomial.inverseCumulativeProbability(1 - 1e-9);
    long[] observed = new long[hi - lo + 1]; // [lo, hi], the ends taking the tails
    for (long x : draws) {
      observed[(int) (Math.min(hi, Math.max(lo, x)) - lo)]++;
    }
    double statistic = 0;
    int bins = 0;
    double expected = 0;
    long seen = 0;
    for (int k = lo; k <= hi; k++) {
      expected += DRAWS * (k == lo ? binomial.cumulativeProbability(lo)
          : k == hi ? binomial.survivalProbability(hi - 1) : binomial.probability(k));
      seen += observed[k - lo];
      if (expected >= 20 && binomial.survivalProbability(k) * DRAWS >= 20 || k == hi) {
        statistic += (seen - expected) * (seen - expected) / expected;
        bins++;
        expected = 0;
        seen = 0;
      }
    }
    return ChiSquaredDistribution.of(bins - 1.0).survivalProbability(statistic);
  }
}
