package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CumulativeHistogramTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  private static CumulativeHistogram histogram(double[] bounds, long... counts) {
    return CumulativeHistogram.of(bounds, counts);
  }

  private static double[] bounds(double... bounds) {
    return bounds;
  }

  @Test
  void should_give_bucket_counts_and_total_from_cumulative_counts() {
    CumulativeHistogram histogram = histogram(bounds(0.1, 0.5, INF), 3, 7, 10);

    assertThat(histogram.bucketCounts()).containsExactly(3, 4, 3);
    assertThat(histogram.total()).isEqualTo(10);
    assertThat(histogram.buckets()).isEqualTo(3);
  }

  @Test
  void should_copy_its_arrays_in_and_out() {
    double[] bounds = {0.1, INF};
    long[] counts = {1, 2};
    CumulativeHistogram histogram = CumulativeHistogram.of(bounds, counts);

    bounds[0] = 9;
    counts[0] = 9;
    histogram.upperBounds()[0] = 7;
    histogram.cumulativeCounts()[0] = 7;

    CumulativeHistogram same = histogram(bounds(0.1, INF), 1, 2);
    assertThat(histogram).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(histogram)
        .hasToString("CumulativeHistogram[upperBounds=[0.1, Infinity], cumulativeCounts=[1, 2]]");
  }

  @Test
  void should_refuse_no_buckets() {
    assertThatThrownBy(() -> histogram(bounds()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a histogram needs at least one bucket");
  }

  @Test
  void should_refuse_bounds_and_counts_of_different_lengths() {
    assertThatThrownBy(() -> histogram(bounds(0.1, INF), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("upperBounds has 2 buckets but cumulativeCounts has 1");
  }

  @Test
  void should_refuse_a_nan_bound() {
    assertThatThrownBy(() -> histogram(bounds(Double.NaN, INF), 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("upperBounds[0] = NaN is not a bound");
  }

  @Test
  void should_refuse_bounds_that_do_not_increase() {
    assertThatThrownBy(() -> histogram(bounds(0.5, 0.5, INF), 1, 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("upperBounds[1] = 0.5 is not greater than upperBounds[0] = 0.5");
  }

  @Test
  void should_refuse_a_negative_count() {
    assertThatThrownBy(() -> histogram(bounds(0.1, INF), -1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cumulativeCounts[0] = -1 is not a count >= 0");
  }

  @Test
  void should_refuse_decreasing_cumulative_counts() {
    assertThatThrownBy(() -> histogram(bounds(0.1, 0.2, INF), 1, 5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cumulativeCounts[2] = 3 is less than cumulativeCounts[1] = 5: cumulative counts"
                + " never decrease");
  }
}
