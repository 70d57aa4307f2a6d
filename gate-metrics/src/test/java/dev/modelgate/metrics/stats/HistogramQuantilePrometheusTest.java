package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CumulativeHistogram#quantile} against the classic-histogram cases of Prometheus' own
 * tests ({@code promql/promqltest/testdata/histograms.test}: {@code testhistogram}, {@code
 * testhistogram2}, {@code testhistogram3} and {@code request_duration_seconds}, evaluated at 50m
 * and 7m, copied here with their expected {@code histogram_quantile} values).
 */
class HistogramQuantilePrometheusTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  private static final double[] POSITIVE = {0.1, 0.2, 1, INF};
  private static final long[] POSITIVE_COUNTS = {50, 70, 110, 120};
  private static final double[] NEGATIVE = {-0.2, -0.1, 0.3, INF};
  private static final long[] NEGATIVE_COUNTS = {10, 20, 20, 30};
  private static final double[] MIDDLES = {0, 2, 4, 6, INF};
  private static final long[] MIDDLES_COUNTS = {0, 1, 2, 3, 3};
  private static final double[] POSITIVE_3 = {0, 0.1, 0.2, 1, INF};
  private static final long[] POSITIVE_3_COUNTS = {0, 50, 70, 110, 110};
  private static final double[] NEGATIVE_3 = {-0.25, -0.2, -0.1, 0.3, INF};
  private static final long[] NEGATIVE_3_COUNTS = {0, 10, 20, 20, 20};
  private static final double[] REQUESTS = {0.1, 0.2, INF};
  private static final long[] REQUESTS_COUNTS = {10, 30, 40};

  static Stream<Arguments> prometheusCases() {
    return Stream.of(
        Arguments.of("testhistogram positive", POSITIVE, POSITIVE_COUNTS, 0.0, 0.0),
        Arguments.of("testhistogram positive", POSITIVE, POSITIVE_COUNTS, 0.2, 0.048),
        Arguments.of("testhistogram positive", POSITIVE, POSITIVE_COUNTS, 0.5, 0.15),
        Arguments.of("testhistogram positive", POSITIVE, POSITIVE_COUNTS, 0.8, 0.72),
        Arguments.of("testhistogram positive", POSITIVE, POSITIVE_COUNTS, 1.0, 1.0),
        Arguments.of("testhistogram negative", NEGATIVE, NEGATIVE_COUNTS, 0.0, -0.2),
        Arguments.of("testhistogram negative", NEGATIVE, NEGATIVE_COUNTS, 0.2, -0.2),
        Arguments.of("testhistogram negative", NEGATIVE, NEGATIVE_COUNTS, 0.5, -0.15),
        Arguments.of("testhistogram negative", NEGATIVE, NEGATIVE_COUNTS, 0.8, 0.3),
        Arguments.of("testhistogram negative", NEGATIVE, NEGATIVE_COUNTS, 1.0, 0.3),
        Arguments.of("testhistogram2", MIDDLES, MIDDLES_COUNTS, 1.0 / 6.0, 1.0),
        Arguments.of("testhistogram2", MIDDLES, MIDDLES_COUNTS, 0.5, 3.0),
        Arguments.of("testhistogram2", MIDDLES, MIDDLES_COUNTS, 5.0 / 6.0, 5.0),
        Arguments.of("testhistogram3 positive", POSITIVE_3, POSITIVE_3_COUNTS, 0.0, 0.0),
        Arguments.of("testhistogram3 positive", POSITIVE_3, POSITIVE_3_COUNTS, 0.25, 0.055),
        Arguments.of("testhistogram3 positive", POSITIVE_3, POSITIVE_3_COUNTS, 0.5, 0.125),
        Arguments.of("testhistogram3 positive", POSITIVE_3, POSITIVE_3_COUNTS, 0.75, 0.45),
        Arguments.of("testhistogram3 positive", POSITIVE_3, POSITIVE_3_COUNTS, 1.0, 1.0),
        Arguments.of("testhistogram3 negative", NEGATIVE_3, NEGATIVE_3_COUNTS, 0.0, -0.25),
        Arguments.of("testhistogram3 negative", NEGATIVE_3, NEGATIVE_3_COUNTS, 0.25, -0.225),
        Arguments.of("testhistogram3 negative", NEGATIVE_3, NEGATIVE_3_COUNTS, 0.5, -0.2),
        Arguments.of("testhistogram3 negative", NEGATIVE_3, NEGATIVE_3_COUNTS, 0.75, -0.15),
        Arguments.of("testhistogram3 negative", NEGATIVE_3, NEGATIVE_3_COUNTS, 1.0, -0.1),
        Arguments.of("request_duration_seconds", REQUESTS, REQUESTS_COUNTS, 0.3, 0.11),
        Arguments.of("request_duration_seconds", REQUESTS, REQUESTS_COUNTS, 0.5, 0.15));
  }

  @ParameterizedTest(name = "{0} at q = {3}")
  @MethodSource("prometheusCases")
  void should_give_the_quantile_prometheus_gives(
      String series, double[] bounds, long[] counts, double q, double expected) {
    double quantile = CumulativeHistogram.of(bounds, counts).quantile(q);

    assertThat(quantile).isCloseTo(expected, within(1e-12));
  }
}
