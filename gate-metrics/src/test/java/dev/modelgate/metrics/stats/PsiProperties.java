package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PsiProperties {

  static final String SEED = "5150";

  /** Two count vectors of one length, each with at least one count. */
  record CountPair(long[] reference, long[] comparison) {
    @Override
    public String toString() {
      return Arrays.toString(reference) + " vs " + Arrays.toString(comparison);
    }
  }

  @Provide
  Arbitrary<CountPair> countPairs() {
    return Arbitraries.integers().between(1, 12).flatMap(k -> {
      Arbitrary<long[]> counts = Arbitraries.longs().between(0, 1_000_000)
          .array(long[].class).ofSize(k)
          .filter(c -> Arrays.stream(c).sum() > 0);
      return Combinators.combine(counts, counts).as(CountPair::new);
    });
  }

  @Provide
  Arbitrary<double[]> scores() {
    return Arbitraries.oneOf(
            Arbitraries.doubles().between(-5, 5),
            Arbitraries.doubles().between(0, 1).ofScale(1))
        .array(double[].class).ofMinSize(1).ofMaxSize(200);
  }

  @Property(seed = SEED)
  void should_be_finite_and_at_least_zero(@ForAll("countPairs") CountPair pair) {
    double psi = Psi.ofCounts(pair.reference(), pair.comparison()).value();

    assertThat(psi).isFinite().isGreaterThanOrEqualTo(0.0);
  }

  @Property(seed = SEED)
  void should_not_depend_on_which_side_is_the_reference_for_the_same_bins(
      @ForAll("countPairs") CountPair pair) {
    PopulationStability forward = Psi.ofCounts(pair.reference(), pair.comparison());
    PopulationStability backward = Psi.ofCounts(pair.comparison(), pair.reference());

    assertThat(backward.value()).isEqualTo(forward.value());
    assertThat(backward.referenceShares()).containsExactly(forward.comparisonShares());
  }

  @Property(seed = SEED)
  void should_be_symmetric_for_histograms_with_the_same_buckets(
      @ForAll("countPairs") CountPair pair) {
    double[] bounds = new double[pair.reference().length];
    for (int i = 0; i < bounds.length; i++) {
      bounds[i] = i == bounds.length - 1 ? Double.POSITIVE_INFINITY : 0.1 * (i + 1);
    }
    CumulativeHistogram a = CumulativeHistogram.of(bounds, cumulative(pair.reference()));
    CumulativeHistogram b = CumulativeHistogram.of(bounds, cumulative(pair.comparison()));

    assertThat(Psi.ofHistograms(a, b).value()).isEqualTo(Psi.ofHistograms(b, a).value())
        .isEqualTo(Psi.ofCounts(pair.reference(), pair.comparison()).value());
  }

  @Property(seed = SEED)
  void should_be_zero_for_the_same_proportions(
      @ForAll("countPairs") CountPair pair, @ForAll @IntRange(min = 1, max = 1000) int factor) {
    long[] scaled = Arrays.stream(pair.reference()).map(c -> c * factor).toArray();

    assertThat(Psi.ofCounts(pair.reference(), scaled).value()).isZero();
  }

  @Property(seed = SEED)
  void should_be_zero_for_identical_score_samples(
      @ForAll("scores") double[] scores, @ForAll @IntRange(min = 2, max = 20) int bins) {
    PopulationStability psi = Psi.ofScores(scores, scores.clone(), bins);

    assertThat(psi.value()).isZero();
    assertThat(psi.tier()).isEqualTo(PsiTier.STABLE);
  }

  @Property(seed = SEED)
  void should_be_finite_and_at_least_zero_for_score_samples(
      @ForAll("scores") double[] reference, @ForAll("scores") double[] comparison) {
    PopulationStability psi = Psi.ofScores(reference, comparison);

    assertThat(psi.value()).isFinite().isGreaterThanOrEqualTo(0.0);
    assertThat(psi.bins()).isBetween(1, Psi.DEFAULT_BINS);
  }

  @Property(seed = SEED)
  void should_read_the_tier_from_the_thresholds(@ForAll("countPairs") CountPair pair) {
    double psi = Psi.ofCounts(pair.reference(), pair.comparison()).value();
    Assume.that(psi < 10);

    PsiTier expected =
        psi < 0.1 ? PsiTier.STABLE : psi < 0.25 ? PsiTier.MODERATE_SHIFT : PsiTier.SIGNIFICANT_SHIFT;
    assertThat(PsiTier.of(psi)).isEqualTo(expected);
  }

  private static long[] cumulative(long[] counts) {
    long[] out = new long[counts.length];
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += counts[i];
      out[i] = sum;
    }
    return out;
  }
}
