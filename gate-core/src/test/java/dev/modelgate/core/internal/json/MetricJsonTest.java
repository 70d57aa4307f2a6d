package dev.modelgate.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricJsonTest {

  private final ObjectMapper mapper = CoreJson.newMapper();

  @Test
  void should_write_a_metric_with_its_direction_and_read_it_back() throws Exception {
    Metric latency = Metric.lowerIsBetter("latency_ms");

    String json = mapper.writeValueAsString(latency);

    assertThat(json).isEqualTo("{\"name\":\"latency_ms\",\"direction\":\"lower_is_better\"}");
    assertThat(mapper.readValue(json, Metric.class)).isEqualTo(latency);
  }

  @Test
  void should_write_values_in_plain_notation_and_undefined_as_nan() throws Exception {
    assertThat(mapper.writeValueAsString(MetricValue.of(new BigDecimal("4.125E+4"))))
        .isEqualTo("41250");
    assertThat(mapper.writeValueAsString(MetricValue.of(1e-7))).isEqualTo("0.00000010");
    assertThat(mapper.writeValueAsString(MetricValue.undefined())).isEqualTo("\"NaN\"");
    assertThat(mapper.readValue("\"NaN\"", MetricValue.class)).isEqualTo(MetricValue.undefined());
    assertThat(mapper.readValue("-0.50", MetricValue.class).value()).hasToString("-0.50");
  }

  @Test
  void should_key_maps_by_metric_name_and_read_well_known_keys_back() throws Exception {
    Map<Metric, MetricValue> values = Map.of(Metrics.F1, MetricValue.of(0.5));

    String json = mapper.writeValueAsString(values);

    assertThat(json).isEqualTo("{\"f1\":0.5}");
    assertThat(mapper.readValue(json, new TypeReference<Map<Metric, MetricValue>>() {}))
        .isEqualTo(values);
  }

  @Test
  void should_refuse_an_unknown_metric_as_a_map_key_because_its_direction_is_lost() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"uplift\":1}", new TypeReference<Map<Metric, MetricValue>>() {}))
        .isInstanceOf(MismatchedInputException.class)
        .extracting(e -> ((MismatchedInputException) e).getOriginalMessage())
        .isEqualTo(
            "metric \"uplift\" is not a well-known metric, so its direction must be given:"
                + " {\"value\": ..., \"direction\": \"higher_is_better\"}");
  }

  @Test
  void should_refuse_a_metric_value_that_is_neither_a_number_nor_nan() {
    assertThatThrownBy(() -> mapper.readValue("\"nan\"", MetricValue.class))
        .isInstanceOf(MismatchedInputException.class)
        .extracting(e -> ((MismatchedInputException) e).getOriginalMessage())
        .isEqualTo("metric value must be a number or \"NaN\", not \"nan\"");
  }
}
