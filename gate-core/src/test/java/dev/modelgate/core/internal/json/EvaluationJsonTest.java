package dev.modelgate.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationJsonTest {

  static final String FINGERPRINT = "sha256:" + "ab".repeat(32);

  private final ObjectMapper mapper = CoreJson.newMapper();

  static Evaluation sample() {
    return new Evaluation(
        FINGERPRINT,
        1000,
        Map.of(
            Metrics.NET_BENEFIT, MetricValue.of(new BigDecimal("12345678901234567890.10")),
            Metrics.F1, MetricValue.of(0.75),
            Metrics.ROC_AUC, MetricValue.undefined(),
            Metric.lowerIsBetter("latency_ms"), MetricValue.of(new BigDecimal("1E+3"))));
  }

  @Test
  void should_write_the_documented_format_with_exact_numbers_and_nan_as_a_string() {
    String json = new String(CoreJson.prettyBytes(sample()), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            """
            {
              "testSetFingerprint": "%s",
              "rows": 1000,
              "metrics": {
                "f1": {
                  "value": 0.75,
                  "direction": "higher_is_better"
                },
                "latency_ms": {
                  "value": 1000,
                  "direction": "lower_is_better"
                },
                "net_benefit": {
                  "value": 12345678901234567890.10,
                  "direction": "higher_is_better"
                },
                "roc_auc": {
                  "value": "NaN",
                  "direction": "higher_is_better"
                }
              }
            }
            """
                .formatted(FINGERPRINT));
  }

  @Test
  void should_read_back_what_it_wrote_keeping_cents_and_undefined_values() throws Exception {
    Evaluation read = mapper.readValue(mapper.writeValueAsString(sample()), Evaluation.class);

    assertThat(read).isEqualTo(sample());
    assertThat(read.metric(Metrics.NET_BENEFIT).orElseThrow().value())
        .hasToString("12345678901234567890.10");
    assertThat(read.metric(Metrics.ROC_AUC).orElseThrow().isDefined()).isFalse();
    assertThat(read.metrics().keySet())
        .extracting(Metric::direction)
        .containsExactly(
            Metrics.F1.direction(),
            Metric.lowerIsBetter("latency_ms").direction(),
            Metrics.NET_BENEFIT.direction(),
            Metrics.ROC_AUC.direction());
  }

  @Test
  void should_stay_exact_with_a_mapper_that_reads_floats_as_doubles() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(new CoreJsonModule());

    Evaluation read = plain.readValue(mapper.writeValueAsString(sample()), Evaluation.class);

    assertThat(read.metric(Metrics.NET_BENEFIT).orElseThrow().value())
        .isEqualByComparingTo("12345678901234567890.10");
  }

  @Test
  void should_read_a_well_known_metric_written_as_a_bare_value_or_without_direction()
      throws Exception {
    String json =
        """
        {"testSetFingerprint": "%s", "rows": 10,
         "metrics": {"f1": 0.5, "error_rate": {"value": "NaN"}}}
        """
            .formatted(FINGERPRINT);

    Evaluation read = mapper.readValue(json, Evaluation.class);

    assertThat(read.metrics())
        .containsExactly(
            Map.entry(Metrics.ERROR_RATE, MetricValue.undefined()),
            Map.entry(Metrics.F1, MetricValue.of(0.5)));
  }

  @Test
  void should_read_an_evaluation_nested_in_another_value() throws Exception {
    String json = "{\"champion\": " + mapper.writeValueAsString(sample()) + "}";

    Map<String, Evaluation> read =
        mapper.readValue(
            json, mapper.getTypeFactory().constructMapType(Map.class, String.class, Evaluation.class));

    assertThat(read).containsEntry("champion", sample());
  }

  @Test
  void should_read_an_evaluation_handed_over_at_its_first_field() throws Exception {
    com.fasterxml.jackson.core.JsonParser parser =
        mapper.createParser(mapper.writeValueAsString(sample()));
    parser.nextToken();
    parser.nextToken();

    assertThat(mapper.readValue(parser, Evaluation.class)).isEqualTo(sample());
  }
}
