package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interval arithmetic against SciPy 1.10's own: given the same resamples and the same sample,
 * percentile and BCa bounds equal {@code scipy.stats.bootstrap}'s to 1e-9 (section {@code bca} of
 * {@code fixtures/paired-statsmodels-0.13.5.json}).
 */
class BcaScipyTest {

  private static final Offset<Double> CLOSE = within(1e-9);

  static List<JsonNode> cases() throws IOException {
    try (InputStream in =
        BcaScipyTest.class.getResourceAsStream("/fixtures/paired-statsmodels-0.13.5.json")) {
      List<JsonNode> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).get("bca").forEach(cases::add);
      return cases;
    }
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("cases")
  void should_give_scipys_percentile_and_bca_bounds_for_the_same_resamples(JsonNode fixture) {
    double[] x = doubles(fixture.get("x"));
    BootstrapDistribution distribution =
        new BootstrapDistribution(
            fixture.get("estimate").asDouble(), doubles(fixture.get("resamples")),
            jackknifeOfTheMean(x), 42);

    assertThat(distribution.acceleration())
        .isCloseTo(fixture.get("acceleration").asDouble(), within(1e-12));
    for (JsonNode expected : fixture.get("intervals")) {
      double confidence = expected.get("confidence").asDouble();
      ConfidenceInterval percentile = distribution.interval(confidence, IntervalMethod.PERCENTILE);
      ConfidenceInterval bca = distribution.interval(confidence, IntervalMethod.BCA);

      assertThat(percentile.lower()).isCloseTo(expected.at("/percentile/0").asDouble(), CLOSE);
      assertThat(percentile.upper()).isCloseTo(expected.at("/percentile/1").asDouble(), CLOSE);
      assertThat(bca.lower()).isCloseTo(expected.at("/bca/0").asDouble(), CLOSE);
      assertThat(bca.upper()).isCloseTo(expected.at("/bca/1").asDouble(), CLOSE);
    }
  }

  /** The acceleration from the leave-one-out means, as PairedBootstrap sums it. */
  private static double jackknifeOfTheMean(double[] x) {
    double total = 0;
    for (double v : x) {
      total += v;
    }
    double[] theta = new double[x.length];
    double mean = 0;
    for (int i = 0; i < x.length; i++) {
      theta[i] = (total - x[i]) / (x.length - 1);
      mean += theta[i];
    }
    mean /= x.length;
    double squares = 0;
    double cubes = 0;
    for (double t : theta) {
      double d = mean - t;
      squares += d * d;
      cubes += d * d * d;
    }
    return Jackknife.acceleration(cubes, squares);
  }

  private static double[] doubles(JsonNode node) {
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).asDouble();
    }
    return out;
  }
}
