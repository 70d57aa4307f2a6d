package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The edge rules of Prometheus' {@code histogram_quantile}, and where this refuses instead. */
class HistogramQuantileEdgeTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  private static CumulativeHistogram histogram(double[] bounds, long... counts) {
    return CumulativeHistogram.of(bounds, counts);
  }

  private static double[] bounds(double... bounds) {
    return bounds;
  }

  @Test
  void should_return_the_highest_finite_bound_for_a_quantile_in_the_inf_bucket() {
    CumulativeHistogram latency = histogram(bounds(0.1, 0.5, INF), 80, 90, 100);

    assertThat(latency.quantile(0.95)).isEqualTo(0.5);
    assertThat(latency.quantile(0.9)).isEqualTo(0.5);
    assertThat(latency.quantile(0.89)).isCloseTo(0.46, within(1e-12));
  }

  @Test
  void should_start_the_lowest_bucket_at_zero_when_its_bound_is_positive() {
    CumulativeHistogram latency = histogram(bounds(0.2, INF), 10, 10);

    assertThat(latency.quantile(0.5)).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void should_be_nan_without_an_inf_bucket() {
    CumulativeHistogram latency = histogram(bounds(0.1, 0.5), 5, 10);

    assertThat(latency.quantile(0.5)).isNaN();
  }

  @Test
  void should_be_nan_with_fewer_than_two_buckets() {
    CumulativeHistogram latency = histogram(bounds(INF), 10);

    assertThat(latency.quantile(0.5)).isNaN();
  }

  @Test
  void should_be_nan_without_observations() {
    CumulativeHistogram latency = histogram(bounds(0.1, INF), 0, 0);

    assertThat(latency.quantile(0.99)).isNaN();
  }

  @Test
  void should_be_nan_for_q_zero_when_the_lowest_positive_bucket_is_empty_as_in_prometheus() {
    CumulativeHistogram latency = histogram(bounds(0.1, 0.5, INF), 0, 4, 4);

    assertThat(latency.quantile(0.0)).isNaN();
    assertThat(latency.quantile(0.5)).isCloseTo(0.3, within(1e-12));
  }

  @Test
  void should_refuse_a_quantile_above_one_where_prometheus_returns_infinity() {
    CumulativeHistogram latency = histogram(bounds(0.1, INF), 1, 2);

    assertThatThrownBy(() -> latency.quantile(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("q = 1.5 is not a quantile in [0, 1]");
    assertThatThrownBy(() -> latency.quantile(-0.1))
        .hasMessage("q = -0.1 is not a quantile in [0, 1]");
    assertThatThrownBy(() -> latency.quantile(Double.NaN))
        .hasMessage("q = NaN is not a quantile in [0, 1]");
  }
}
