package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The draws follow the binomial distribution: a chi-square goodness-of-fit test against Commons
 * Statistics' probabilities, on 200,000 seeded draws, for the inversion (mean below 10), the
 * rejection method (mean 10 and more) and p above ½ (drawn as n minus a draw with 1 − p).
 */
class BinomialSamplerTest {

  private static final int DRAWS = 200_000;

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

  /** The p-value of Pearson's statistic over bins pooled until each expects at least 20 draws. */
  private static double goodnessOfFit(long[] draws, BinomialDistribution binomial) {
    int lo = binomial.inverseCumulativeProbability(1e-9);
    int hi = binomial.inverseCumulativeProbability(1 - 1e-9);
    List<double[]> bins = new ArrayList<>(); // {first k, expected}
    double expected = DRAWS * binomial.cumulativeProbability(lo);
    int first = Integer.MIN_VALUE;
    for (int k = lo + 1; k <= hi; k++) {
      if (expected >= 20) {
        bins.add(new double[] {first, expected});
        first = k;
        expected = 0;
      }
      expected += DRAWS * binomial.probability(k);
    }
    expected += DRAWS * binomial.survivalProbability(hi);
    bins.add(new double[] {first, expected});
    double statistic = 0;
    for (int b = 0; b < bins.size(); b++) {
      double from = bins.get(b)[0];
      double to = b + 1 < bins.size() ? bins.get(b + 1)[0] : Double.POSITIVE_INFINITY;
      long observed = 0;
      for (long x : draws) {
        observed += x >= from && x < to ? 1 : 0;
      }
      double e = bins.get(b)[1];
      statistic += (observed - e) * (observed - e) / e;
    }
    return ChiSquaredDistribution.of(bins.size() - 1.0).survivalProbability(statistic);
  }
}
